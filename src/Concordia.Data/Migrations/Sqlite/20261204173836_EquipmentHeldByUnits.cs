using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EquipmentHeldByUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "MemberId",
                table: "EquipmentItems",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "EquipmentItems",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.DropIndex(
                name: "IX_EquipmentItems_UnitId",
                table: "EquipmentItems");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "EquipmentItems");

            migrationBuilder.AlterColumn<Guid>(
                name: "MemberId",
                table: "EquipmentItems",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
