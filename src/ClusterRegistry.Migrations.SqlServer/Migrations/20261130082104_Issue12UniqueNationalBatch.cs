using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterRegistry.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Issue12UniqueNationalBatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Batches_Level_Year_ProvinceCode",
                table: "Batches");

            migrationBuilder.CreateIndex(
                name: "IX_Batches_Level_Year_ProvinceCode",
                table: "Batches",
                columns: new[] { "Level", "Year", "ProvinceCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Batches_Level_Year_ProvinceCode",
                table: "Batches");

            migrationBuilder.CreateIndex(
                name: "IX_Batches_Level_Year_ProvinceCode",
                table: "Batches",
                columns: new[] { "Level", "Year", "ProvinceCode" },
                unique: true,
                filter: "[ProvinceCode] IS NOT NULL");
        }
    }
}
