using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Concordia.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PledgeLineConditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Conditions",
                table: "PledgeLines",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "{\"languages\":[],\"ownEquipment\":false,\"lodging\":\"HostSupported\",\"other\":null}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Conditions",
                table: "PledgeLines");
        }
    }
}
