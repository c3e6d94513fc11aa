using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Contingents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Armed",
                table: "Members",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ArrivalAt",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArrivalPlace",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArrivalReference",
                table: "Members",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckInPlace",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CheckedInAt",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckedInBy",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CommitmentId",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DepartureAt",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeparturePlace",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DepartureReference",
                table: "Members",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Dog",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DrivingLicence",
                table: "Members",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Members",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LatinName",
                table: "Members",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonnelNumber",
                table: "Members",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusalReason",
                table: "Members",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewStartedAt",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "Members",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Members",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Submitted");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "Members",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<Guid>(
                name: "UnitId",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WeaponAuthorisation",
                table: "Members",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            // Members entered before accreditation existed count as submitted when the schema changes.
            migrationBuilder.Sql("UPDATE \"Members\" SET \"SubmittedAt\" = CURRENT_TIMESTAMP");

            migrationBuilder.CreateTable(
                name: "AccommodationSites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Beds = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstNight = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastNight = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Exceptions = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccommodationSites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccommodationSites_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Badges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Badges_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Badges_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CommitmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Units_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Units_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Units_Members_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LodgingAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstNight = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastNight = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LodgingAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LodgingAssignments_AccommodationSites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "AccommodationSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LodgingAssignments_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LodgingAssignments_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_LodgingAssignments_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Members_CommitmentId",
                table: "Members",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_EventId_ArrivalAt",
                table: "Members",
                columns: new[] { "EventId", "ArrivalAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_EventId_Country_PersonnelNumber",
                table: "Members",
                columns: new[] { "EventId", "Country", "PersonnelNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_UnitId",
                table: "Members",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AccommodationSites_EventId_Code",
                table: "AccommodationSites",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Badges_Country",
                table: "Badges",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Badges_EventId_Number",
                table: "Badges",
                columns: new[] { "EventId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Badges_MemberId",
                table: "Badges",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Badges_Token",
                table: "Badges",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LodgingAssignments_Country",
                table: "LodgingAssignments",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_LodgingAssignments_EventId_SiteId",
                table: "LodgingAssignments",
                columns: new[] { "EventId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_LodgingAssignments_MemberId",
                table: "LodgingAssignments",
                column: "MemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LodgingAssignments_SiteId",
                table: "LodgingAssignments",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_CommitmentId",
                table: "Units",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Country",
                table: "Units",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Units_EventId_Country",
                table: "Units",
                columns: new[] { "EventId", "Country" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_LeaderId",
                table: "Units",
                column: "LeaderId");

            migrationBuilder.AddForeignKey(
                name: "FK_Members_Commitments_CommitmentId",
                table: "Members",
                column: "CommitmentId",
                principalTable: "Commitments",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Members_Units_UnitId",
                table: "Members",
                column: "UnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Members_Commitments_CommitmentId",
                table: "Members");

            migrationBuilder.DropForeignKey(
                name: "FK_Members_Units_UnitId",
                table: "Members");

            migrationBuilder.DropTable(
                name: "Badges");

            migrationBuilder.DropTable(
                name: "LodgingAssignments");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "AccommodationSites");

            migrationBuilder.DropIndex(
                name: "IX_Members_CommitmentId",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_EventId_ArrivalAt",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_EventId_Country_PersonnelNumber",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_UnitId",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Armed",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ArrivalAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ArrivalPlace",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ArrivalReference",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "CheckInPlace",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "CheckedInAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "CheckedInBy",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "CommitmentId",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DepartureAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DeparturePlace",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DepartureReference",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Dog",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "DrivingLicence",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "LatinName",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PersonnelNumber",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "RefusalReason",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ReviewStartedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "UnitId",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "WeaponAuthorisation",
                table: "Members");
        }
    }
}
