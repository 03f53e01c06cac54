using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ClusterRegistry.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActorRole = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ActorProvinceCode = table.Column<string>(type: "character varying(2)", unicode: false, maxLength: 2, nullable: true),
                    Mutation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClusterId = table.Column<int>(type: "integer", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfficialSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResponseStatus = table.Column<int>(type: "integer", nullable: true),
                    ResponseBody = table.Column<string>(type: "text", nullable: true),
                    ResponseContentType = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Industries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", unicode: false, maxLength: 4, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(4)", unicode: false, maxLength: 4, nullable: true),
                    NameZh = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Industries", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Industries_Industries_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Industries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicySupports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuingLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuingAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountCny = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicySupports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                    table.ForeignKey(
                        name: "FK_Regions_Regions_ParentCode",
                        column: x => x.ParentCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Batches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", unicode: false, maxLength: 2, nullable: true),
                    IssuingAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NoticeDocument = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NoticeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementDocument = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AnnouncementDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidityNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewSummary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<byte[]>(type: "bytea", nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Batches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Batches_Regions_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clusters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameZh = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProvinceCode = table.Column<string>(type: "character varying(2)", unicode: false, maxLength: 2, nullable: false),
                    PrefectureCode = table.Column<string>(type: "character varying(4)", unicode: false, maxLength: 4, nullable: false),
                    CountyCode = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: false),
                    LeadIndustry = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(4)", unicode: false, maxLength: 4, nullable: true),
                    IndustrySource = table.Column<int>(type: "integer", nullable: true),
                    IndustryConfidence = table.Column<int>(type: "integer", nullable: true),
                    IndustryBasis = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    OperatingInstitution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FirstBatchYear = table.Column<int>(type: "integer", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<byte[]>(type: "bytea", nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clusters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clusters_Industries_IndustryCode",
                        column: x => x.IndustryCode,
                        principalTable: "Industries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clusters_Regions_CountyCode",
                        column: x => x.CountyCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clusters_Regions_PrefectureCode",
                        column: x => x.PrefectureCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clusters_Regions_ProvinceCode",
                        column: x => x.ProvinceCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    ReportingYear = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OutputValueCny = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    EnterpriseCount = table.Column<int>(type: "integer", nullable: true),
                    SmeCount = table.Column<int>(type: "integer", nullable: true),
                    SmeOutputShare = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    RdSpendingCny = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReports_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ChangeFilings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeFilings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeFilings_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClusterPolicySupports",
                columns: table => new
                {
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    PolicySupportId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterPolicySupports", x => new { x.ClusterId, x.PolicySupportId });
                    table.ForeignKey(
                        name: "FK_ClusterPolicySupports_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClusterPolicySupports_PolicySupports_PolicySupportId",
                        column: x => x.PolicySupportId,
                        principalTable: "PolicySupports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Designations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    RevocationGround = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationDocument = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RevocationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<byte[]>(type: "bytea", nullable: false),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Designations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Designations_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Designations_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DesignationId = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Document = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtendedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceUrl = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Designations_DesignationId",
                        column: x => x.DesignationId,
                        principalTable: "Designations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReports_ClusterId_ReportingYear",
                table: "AnnualReports",
                columns: new[] { "ClusterId", "ReportingYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ClusterId_Id",
                table: "AuditEvents",
                columns: new[] { "ClusterId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAtUtc",
                table: "AuditEvents",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Batches_Level_Year_ProvinceCode",
                table: "Batches",
                columns: new[] { "Level", "Year", "ProvinceCode" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_Batches_ProvinceCode",
                table: "Batches",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeFilings_ClusterId_FiledOn",
                table: "ChangeFilings",
                columns: new[] { "ClusterId", "FiledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterPolicySupports_ClusterId",
                table: "ClusterPolicySupports",
                column: "ClusterId");

            migrationBuilder.CreateIndex(
                name: "IX_ClusterPolicySupports_PolicySupportId",
                table: "ClusterPolicySupports",
                column: "PolicySupportId");

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_CountyCode_Id",
                table: "Clusters",
                columns: new[] { "CountyCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_CountyCode_NameZh",
                table: "Clusters",
                columns: new[] { "CountyCode", "NameZh" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_FirstBatchYear_Id",
                table: "Clusters",
                columns: new[] { "FirstBatchYear", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_IndustryCode_Id",
                table: "Clusters",
                columns: new[] { "IndustryCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_NameZh_Id",
                table: "Clusters",
                columns: new[] { "NameZh", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_PrefectureCode_Id",
                table: "Clusters",
                columns: new[] { "PrefectureCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_ProvinceCode_Id",
                table: "Clusters",
                columns: new[] { "ProvinceCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_ValidUntil_Id",
                table: "Clusters",
                columns: new[] { "ValidUntil", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Designations_BatchId_ClusterId",
                table: "Designations",
                columns: new[] { "BatchId", "ClusterId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Designations_ClusterId_Level",
                table: "Designations",
                columns: new[] { "ClusterId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAtUtc",
                table: "IdempotencyRecords",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_OfficialSubject_Key",
                table: "IdempotencyRecords",
                columns: new[] { "OfficialSubject", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Industries_ParentCode",
                table: "Industries",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_PolicySupports_Kind",
                table: "PolicySupports",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentCode_Code",
                table: "Regions",
                columns: new[] { "ParentCode", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_DesignationId_DecidedOn",
                table: "Reviews",
                columns: new[] { "DesignationId", "DecidedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReports");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "ChangeFilings");

            migrationBuilder.DropTable(
                name: "ClusterPolicySupports");

            migrationBuilder.DropTable(
                name: "IdempotencyRecords");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropTable(
                name: "PolicySupports");

            migrationBuilder.DropTable(
                name: "Designations");

            migrationBuilder.DropTable(
                name: "Batches");

            migrationBuilder.DropTable(
                name: "Clusters");

            migrationBuilder.DropTable(
                name: "Industries");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
