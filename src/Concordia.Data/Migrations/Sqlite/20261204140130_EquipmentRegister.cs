using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EquipmentRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EquipmentItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Serial = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Speciality = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    VaccinationValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Authorisation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AuthorisedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AuthorisedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentContent = table.Column<byte[]>(type: "BLOB", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EquipmentItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EquipmentItems_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EquipmentItems_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_EventId_Country_Kind",
                table: "EquipmentItems",
                columns: new[] { "EventId", "Country", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_MemberId",
                table: "EquipmentItems",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EquipmentItems");
        }
    }
}
