using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClusterRegistry.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue11IndustryClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IndustryBasis",
                table: "Clusters",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IndustryConfidence",
                table: "Clusters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IndustrySource",
                table: "Clusters",
                type: "INTEGER",
                nullable: true);

            // Before this migration only officials could set a code: keep those as official classifications.
            migrationBuilder.Sql("UPDATE Clusters SET IndustrySource = 2 WHERE IndustryCode IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IndustryBasis",
                table: "Clusters");

            migrationBuilder.DropColumn(
                name: "IndustryConfidence",
                table: "Clusters");

            migrationBuilder.DropColumn(
                name: "IndustrySource",
                table: "Clusters");
        }
    }
}
