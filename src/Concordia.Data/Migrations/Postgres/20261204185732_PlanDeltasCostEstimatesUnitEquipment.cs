using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanDeltasCostEstimatesUnitEquipment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Estimate",
                table: "Pledges",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CoverableUnits",
                table: "PlanVersions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RootVersionId",
                table: "PlanVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "MemberId",
                table: "EquipmentItems",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "EquipmentItems",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Estimate",
                table: "Commitments",
                type: "character varying(2000)",
                maxLength: 2000,
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

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_UnitId",
                table: "EquipmentItems",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_EquipmentItems_Units_UnitId",
                table: "EquipmentItems",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EquipmentItems_Units_UnitId",
                table: "EquipmentItems");

            migrationBuilder.DropTable(
                name: "PlanDutyRemovals");

            migrationBuilder.DropIndex(
                name: "IX_PlanVersions_RootVersionId",
                table: "PlanVersions");

            migrationBuilder.DropIndex(
                name: "IX_EquipmentItems_UnitId",
                table: "EquipmentItems");

            migrationBuilder.DropColumn(
                name: "Estimate",
                table: "Pledges");

            migrationBuilder.DropColumn(
                name: "CoverableUnits",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "RootVersionId",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "EquipmentItems");

            migrationBuilder.DropColumn(
                name: "Estimate",
                table: "Commitments");

            migrationBuilder.AlterColumn<Guid>(
                name: "MemberId",
                table: "EquipmentItems",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
