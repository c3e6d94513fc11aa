using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CheckInOverride : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckInOverride",
                table: "Members",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInOverride",
                table: "Members");
        }
    }
}
