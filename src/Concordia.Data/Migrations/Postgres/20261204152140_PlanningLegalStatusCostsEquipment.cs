using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanningLegalStatusCostsEquipment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                table: "Units",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Armed",
                table: "Requirements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Conditions",
                table: "PledgeLines",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "{\"languages\":[],\"ownEquipment\":false,\"lodging\":\"HostSupported\",\"other\":null}");

            migrationBuilder.AddColumn<int>(
                name: "EmailAttempts",
                table: "Notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "EmailOnly",
                table: "Notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EmailStatus",
                table: "Notifications",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailedAt",
                table: "Notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Notifications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                table: "Members",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CheckInOverride",
                table: "Members",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Absences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Absences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Absences_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Absences_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Lines = table.Column<string>(type: "text", nullable: false),
                    ClaimedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    ApprovedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    ReimbursedAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    ReimbursedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Claims_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EquipmentItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Serial = table.Column<string>(type: "text", nullable: true),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Speciality = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    VaccinationValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Authorisation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AuthorisedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    AuthorisedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentContent = table.Column<byte[]>(type: "bytea", nullable: true),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Expenses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    IncurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceiptFileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Receipt = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Expenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Expenses_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Expenses_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalStatuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OfficerTypeKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalStatuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalStatuses_Countries_Country",
                        column: x => x.Country,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LegalStatuses_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationPreferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    InApp = table.Column<bool>(type: "boolean", nullable: false),
                    Email = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationPreferences", x => new { x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_NotificationPreferences_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BasedOnVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AlertLevel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TimeLimitSeconds = table.Column<int>(type: "integer", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Worker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HeartbeatAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelRequested = table.Column<bool>(type: "boolean", nullable: false),
                    CancelledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HardViolations = table.Column<long>(type: "bigint", nullable: true),
                    Objective = table.Column<long>(type: "bigint", nullable: true),
                    CoveragePercent = table.Column<double>(type: "double precision", nullable: true),
                    ElapsedSeconds = table.Column<double>(type: "double precision", nullable: true),
                    VersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanJobs_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanningSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaxShiftHours = table.Column<int>(type: "integer", nullable: false),
                    MinRestHours = table.Column<int>(type: "integer", nullable: false),
                    MaxHoursPer7Days = table.Column<int>(type: "integer", nullable: false),
                    MaxConsecutiveDays = table.Column<int>(type: "integer", nullable: false),
                    HostOfficersPerForeignOfficer = table.Column<int>(type: "integer", nullable: false),
                    FrozenHorizonMinutes = table.Column<int>(type: "integer", nullable: false),
                    PlanSeconds = table.Column<int>(type: "integer", nullable: false),
                    ReplanSeconds = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningSettings", x => x.EventId);
                    table.ForeignKey(
                        name: "FK_PlanningSettings_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BasedOnVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AlertLevel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DiscardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DiscardedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HardViolations = table.Column<long>(type: "bigint", nullable: false),
                    Objective = table.Column<long>(type: "bigint", nullable: false),
                    CoveragePercent = table.Column<double>(type: "double precision", nullable: false),
                    RequiredUnits = table.Column<long>(type: "bigint", nullable: false),
                    CoveredUnits = table.Column<long>(type: "bigint", nullable: false),
                    Duties = table.Column<int>(type: "integer", nullable: false),
                    Moves = table.Column<int>(type: "integer", nullable: false),
                    SearchSeconds = table.Column<double>(type: "double precision", nullable: false),
                    RulesJson = table.Column<string>(type: "text", nullable: false),
                    UnmetJson = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SiteClosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiteClosures_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SiteClosures_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Visitors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Languages = table.Column<string>(type: "text", nullable: false),
                    Speakers = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visitors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visitors_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Visitors_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AgreementDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementDocuments_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Change = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementVersion_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SizeBytes = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocuments_LegalStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "LegalStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalStatusComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByHost = table.Column<bool>(type: "boolean", nullable: false),
                    OnVersion = table.Column<int>(type: "integer", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalStatusComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalStatusComments_LegalStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "LegalStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LegalStatusVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Change = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Terms = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalStatusVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalStatusVersions_LegalStatuses_StatusId",
                        column: x => x.StatusId,
                        principalTable: "LegalStatuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanAgentMembers",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agent = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: false),
                    Rank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Leader = table.Column<bool>(type: "boolean", nullable: false),
                    Dog = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAgentMembers", x => new { x.VersionId, x.Agent, x.MemberId });
                    table.ForeignKey(
                        name: "FK_PlanAgentMembers_PlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanAgents",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanAgents", x => new { x.VersionId, x.Number });
                    table.ForeignKey(
                        name: "FK_PlanAgents_PlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDuties",
                columns: table => new
                {
                    VersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Agent = table.Column<int>(type: "integer", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Start = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDuties", x => new { x.VersionId, x.Number });
                    table.ForeignKey(
                        name: "FK_PlanDuties_PlanVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Units_AgencyId",
                table: "Units",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_EmailStatus",
                table: "Notifications",
                column: "EmailStatus");

            migrationBuilder.CreateIndex(
                name: "IX_Members_AgencyId",
                table: "Members",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_EventId_AgencyId",
                table: "Members",
                columns: new[] { "EventId", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Absences_EventId_MemberId",
                table: "Absences",
                columns: new[] { "EventId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_Absences_MemberId",
                table: "Absences",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementDocuments_AgreementId",
                table: "AgreementDocuments",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Country",
                table: "Agreements",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_EventId_Country",
                table: "Agreements",
                columns: new[] { "EventId", "Country" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVersion_AgreementId_Number",
                table: "AgreementVersion",
                columns: new[] { "AgreementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Country",
                table: "Claims",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_EventId_Country",
                table: "Claims",
                columns: new[] { "EventId", "Country" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_EventId_Country_Kind",
                table: "EquipmentItems",
                columns: new[] { "EventId", "Country", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EquipmentItems_MemberId",
                table: "EquipmentItems",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_ClaimId",
                table: "Expenses",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_Country",
                table: "Expenses",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_Expenses_EventId_Country_IncurredOn",
                table: "Expenses",
                columns: new[] { "EventId", "Country", "IncurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_StatusId",
                table: "LegalDocuments",
                column: "StatusId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalStatusComments_StatusId_WrittenAt",
                table: "LegalStatusComments",
                columns: new[] { "StatusId", "WrittenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LegalStatuses_Country",
                table: "LegalStatuses",
                column: "Country");

            migrationBuilder.CreateIndex(
                name: "IX_LegalStatuses_EventId_Country_OfficerTypeKey",
                table: "LegalStatuses",
                columns: new[] { "EventId", "Country", "OfficerTypeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalStatusVersions_StatusId_Number",
                table: "LegalStatusVersions",
                columns: new[] { "StatusId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanAgentMembers_VersionId_MemberId",
                table: "PlanAgentMembers",
                columns: new[] { "VersionId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDuties_VersionId_Agent",
                table: "PlanDuties",
                columns: new[] { "VersionId", "Agent" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDuties_VersionId_Country",
                table: "PlanDuties",
                columns: new[] { "VersionId", "Country" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDuties_VersionId_SiteId_Start",
                table: "PlanDuties",
                columns: new[] { "VersionId", "SiteId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanJobs_EventId_RequestedAt",
                table: "PlanJobs",
                columns: new[] { "EventId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanJobs_State_RequestedAt",
                table: "PlanJobs",
                columns: new[] { "State", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_EventId_Number",
                table: "PlanVersions",
                columns: new[] { "EventId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_EventId_State",
                table: "PlanVersions",
                columns: new[] { "EventId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_SiteClosures_EventId_SiteId",
                table: "SiteClosures",
                columns: new[] { "EventId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_SiteClosures_SiteId",
                table: "SiteClosures",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_EventId_Day",
                table: "Visitors",
                columns: new[] { "EventId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Visitors_SiteId_Day_Country",
                table: "Visitors",
                columns: new[] { "SiteId", "Day", "Country" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Members_Agencies_AgencyId",
                table: "Members",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Units_Agencies_AgencyId",
                table: "Units",
                column: "AgencyId",
                principalTable: "Agencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Members_Agencies_AgencyId",
                table: "Members");

            migrationBuilder.DropForeignKey(
                name: "FK_Units_Agencies_AgencyId",
                table: "Units");

            migrationBuilder.DropTable(
                name: "Absences");

            migrationBuilder.DropTable(
                name: "AgreementDocuments");

            migrationBuilder.DropTable(
                name: "AgreementVersion");

            migrationBuilder.DropTable(
                name: "Claims");

            migrationBuilder.DropTable(
                name: "EquipmentItems");

            migrationBuilder.DropTable(
                name: "Expenses");

            migrationBuilder.DropTable(
                name: "LegalDocuments");

            migrationBuilder.DropTable(
                name: "LegalStatusComments");

            migrationBuilder.DropTable(
                name: "LegalStatusVersions");

            migrationBuilder.DropTable(
                name: "NotificationPreferences");

            migrationBuilder.DropTable(
                name: "PlanAgentMembers");

            migrationBuilder.DropTable(
                name: "PlanAgents");

            migrationBuilder.DropTable(
                name: "PlanDuties");

            migrationBuilder.DropTable(
                name: "PlanJobs");

            migrationBuilder.DropTable(
                name: "PlanningSettings");

            migrationBuilder.DropTable(
                name: "SiteClosures");

            migrationBuilder.DropTable(
                name: "Visitors");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "LegalStatuses");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropIndex(
                name: "IX_Units_AgencyId",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_EmailStatus",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Members_AgencyId",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_EventId_AgencyId",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "Armed",
                table: "Requirements");

            migrationBuilder.DropColumn(
                name: "Conditions",
                table: "PledgeLines");

            migrationBuilder.DropColumn(
                name: "EmailAttempts",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailOnly",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailStatus",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailedAt",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "CheckInOverride",
                table: "Members");
        }
    }
}
