using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanVersionsKeptAgainstRoot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RootVersionId",
                table: "PlanVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlanDutyRemovals",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDutyRemovals", x => new { x.VersionId, x.Number });
                    table.ForeignKey(
                        name: "FK_PlanDutyRemovals_PlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_RootVersionId",
                table: "PlanVersions",
                column: "RootVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanDutyRemovals");

            migrationBuilder.DropIndex(
                name: "IX_PlanVersions_RootVersionId",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "RootVersionId",
                table: "PlanVersions");
        }
    }
}
