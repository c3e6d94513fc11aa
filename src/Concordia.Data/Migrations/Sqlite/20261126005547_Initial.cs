using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Concordia.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Alpha2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Alpha3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Numeric = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Alpha2);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HostCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CurrentAlertLevel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AlertScale = table.Column<string>(type: "TEXT", nullable: false),
                    Phases = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Countries_HostCountry",
                        column: x => x.HostCountry,
                        principalTable: "Countries",
                        principalColumn: "Alpha2",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Agencies",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Agencies_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertLevelChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromLevel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToLevel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertLevelChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertLevelChanges_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Capabilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    TypeLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    Persons = table.Column<int>(type: "INTEGER", nullable: false),
                    Dogs = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Capabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Capabilities_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Area = table.Column<string>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Lat = table.Column<double>(type: "REAL", nullable: false),
                    Lon = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sites_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sites_Sites_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Sites",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Requirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CapabilityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AlertLevel = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Requirements_Capabilities_CapabilityId",
                        column: x => x.CapabilityId,
                        principalTable: "Capabilities",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Requirements_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Requirements_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id");
                });

            migrationBuilder.InsertData(
                table: "Countries",
                columns: new[] { "Alpha2", "Alpha3", "Name", "Numeric" },
                values: new object[,]
                {
                    { "AD", "AND", "Andorra", "020" },
                    { "AE", "ARE", "United Arab Emirates", "784" },
                    { "AF", "AFG", "Afghanistan", "004" },
                    { "AG", "ATG", "Antigua and Barbuda", "028" },
                    { "AI", "AIA", "Anguilla", "660" },
                    { "AL", "ALB", "Albania", "008" },
                    { "AM", "ARM", "Armenia", "051" },
                    { "AO", "AGO", "Angola", "024" },
                    { "AQ", "ATA", "Antarctica", "010" },
                    { "AR", "ARG", "Argentina", "032" },
                    { "AS", "ASM", "American Samoa", "016" },
                    { "AT", "AUT", "Austria", "040" },
                    { "AU", "AUS", "Australia", "036" },
                    { "AW", "ABW", "Aruba", "533" },
                    { "AX", "ALA", "Åland Islands", "248" },
                    { "AZ", "AZE", "Azerbaijan", "031" },
                    { "BA", "BIH", "Bosnia and Herzegovina", "070" },
                    { "BB", "BRB", "Barbados", "052" },
                    { "BD", "BGD", "Bangladesh", "050" },
                    { "BE", "BEL", "Belgium", "056" },
                    { "BF", "BFA", "Burkina Faso", "854" },
                    { "BG", "BGR", "Bulgaria", "100" },
                    { "BH", "BHR", "Bahrain", "048" },
                    { "BI", "BDI", "Burundi", "108" },
                    { "BJ", "BEN", "Benin", "204" },
                    { "BL", "BLM", "Saint Barthélemy", "652" },
                    { "BM", "BMU", "Bermuda", "060" },
                    { "BN", "BRN", "Brunei Darussalam", "096" },
                    { "BO", "BOL", "Bolivia, Plurinational State of", "068" },
                    { "BQ", "BES", "Bonaire, Sint Eustatius and Saba", "535" },
                    { "BR", "BRA", "Brazil", "076" },
                    { "BS", "BHS", "Bahamas", "044" },
                    { "BT", "BTN", "Bhutan", "064" },
                    { "BV", "BVT", "Bouvet Island", "074" },
                    { "BW", "BWA", "Botswana", "072" },
                    { "BY", "BLR", "Belarus", "112" },
                    { "BZ", "BLZ", "Belize", "084" },
                    { "CA", "CAN", "Canada", "124" },
                    { "CC", "CCK", "Cocos (Keeling) Islands", "166" },
                    { "CD", "COD", "Congo, The Democratic Republic of the", "180" },
                    { "CF", "CAF", "Central African Republic", "140" },
                    { "CG", "COG", "Congo", "178" },
                    { "CH", "CHE", "Switzerland", "756" },
                    { "CI", "CIV", "Côte d'Ivoire", "384" },
                    { "CK", "COK", "Cook Islands", "184" },
                    { "CL", "CHL", "Chile", "152" },
                    { "CM", "CMR", "Cameroon", "120" },
                    { "CN", "CHN", "China", "156" },
                    { "CO", "COL", "Colombia", "170" },
                    { "CR", "CRI", "Costa Rica", "188" },
                    { "CU", "CUB", "Cuba", "192" },
                    { "CV", "CPV", "Cabo Verde", "132" },
                    { "CW", "CUW", "Curaçao", "531" },
                    { "CX", "CXR", "Christmas Island", "162" },
                    { "CY", "CYP", "Cyprus", "196" },
                    { "CZ", "CZE", "Czechia", "203" },
                    { "DE", "DEU", "Germany", "276" },
                    { "DJ", "DJI", "Djibouti", "262" },
                    { "DK", "DNK", "Denmark", "208" },
                    { "DM", "DMA", "Dominica", "212" },
                    { "DO", "DOM", "Dominican Republic", "214" },
                    { "DZ", "DZA", "Algeria", "012" },
                    { "EC", "ECU", "Ecuador", "218" },
                    { "EE", "EST", "Estonia", "233" },
                    { "EG", "EGY", "Egypt", "818" },
                    { "EH", "ESH", "Western Sahara", "732" },
                    { "ER", "ERI", "Eritrea", "232" },
                    { "ES", "ESP", "Spain", "724" },
                    { "ET", "ETH", "Ethiopia", "231" },
                    { "FI", "FIN", "Finland", "246" },
                    { "FJ", "FJI", "Fiji", "242" },
                    { "FK", "FLK", "Falkland Islands (Malvinas)", "238" },
                    { "FM", "FSM", "Micronesia, Federated States of", "583" },
                    { "FO", "FRO", "Faroe Islands", "234" },
                    { "FR", "FRA", "France", "250" },
                    { "GA", "GAB", "Gabon", "266" },
                    { "GB", "GBR", "United Kingdom", "826" },
                    { "GD", "GRD", "Grenada", "308" },
                    { "GE", "GEO", "Georgia", "268" },
                    { "GF", "GUF", "French Guiana", "254" },
                    { "GG", "GGY", "Guernsey", "831" },
                    { "GH", "GHA", "Ghana", "288" },
                    { "GI", "GIB", "Gibraltar", "292" },
                    { "GL", "GRL", "Greenland", "304" },
                    { "GM", "GMB", "Gambia", "270" },
                    { "GN", "GIN", "Guinea", "324" },
                    { "GP", "GLP", "Guadeloupe", "312" },
                    { "GQ", "GNQ", "Equatorial Guinea", "226" },
                    { "GR", "GRC", "Greece", "300" },
                    { "GS", "SGS", "South Georgia and the South Sandwich Islands", "239" },
                    { "GT", "GTM", "Guatemala", "320" },
                    { "GU", "GUM", "Guam", "316" },
                    { "GW", "GNB", "Guinea-Bissau", "624" },
                    { "GY", "GUY", "Guyana", "328" },
                    { "HK", "HKG", "Hong Kong", "344" },
                    { "HM", "HMD", "Heard Island and McDonald Islands", "334" },
                    { "HN", "HND", "Honduras", "340" },
                    { "HR", "HRV", "Croatia", "191" },
                    { "HT", "HTI", "Haiti", "332" },
                    { "HU", "HUN", "Hungary", "348" },
                    { "ID", "IDN", "Indonesia", "360" },
                    { "IE", "IRL", "Ireland", "372" },
                    { "IL", "ISR", "Israel", "376" },
                    { "IM", "IMN", "Isle of Man", "833" },
                    { "IN", "IND", "India", "356" },
                    { "IO", "IOT", "British Indian Ocean Territory", "086" },
                    { "IQ", "IRQ", "Iraq", "368" },
                    { "IR", "IRN", "Iran, Islamic Republic of", "364" },
                    { "IS", "ISL", "Iceland", "352" },
                    { "IT", "ITA", "Italy", "380" },
                    { "JE", "JEY", "Jersey", "832" },
                    { "JM", "JAM", "Jamaica", "388" },
                    { "JO", "JOR", "Jordan", "400" },
                    { "JP", "JPN", "Japan", "392" },
                    { "KE", "KEN", "Kenya", "404" },
                    { "KG", "KGZ", "Kyrgyzstan", "417" },
                    { "KH", "KHM", "Cambodia", "116" },
                    { "KI", "KIR", "Kiribati", "296" },
                    { "KM", "COM", "Comoros", "174" },
                    { "KN", "KNA", "Saint Kitts and Nevis", "659" },
                    { "KP", "PRK", "Korea, Democratic People's Republic of", "408" },
                    { "KR", "KOR", "Korea, Republic of", "410" },
                    { "KW", "KWT", "Kuwait", "414" },
                    { "KY", "CYM", "Cayman Islands", "136" },
                    { "KZ", "KAZ", "Kazakhstan", "398" },
                    { "LA", "LAO", "Lao People's Democratic Republic", "418" },
                    { "LB", "LBN", "Lebanon", "422" },
                    { "LC", "LCA", "Saint Lucia", "662" },
                    { "LI", "LIE", "Liechtenstein", "438" },
                    { "LK", "LKA", "Sri Lanka", "144" },
                    { "LR", "LBR", "Liberia", "430" },
                    { "LS", "LSO", "Lesotho", "426" },
                    { "LT", "LTU", "Lithuania", "440" },
                    { "LU", "LUX", "Luxembourg", "442" },
                    { "LV", "LVA", "Latvia", "428" },
                    { "LY", "LBY", "Libya", "434" },
                    { "MA", "MAR", "Morocco", "504" },
                    { "MC", "MCO", "Monaco", "492" },
                    { "MD", "MDA", "Moldova, Republic of", "498" },
                    { "ME", "MNE", "Montenegro", "499" },
                    { "MF", "MAF", "Saint Martin (French part)", "663" },
                    { "MG", "MDG", "Madagascar", "450" },
                    { "MH", "MHL", "Marshall Islands", "584" },
                    { "MK", "MKD", "North Macedonia", "807" },
                    { "ML", "MLI", "Mali", "466" },
                    { "MM", "MMR", "Myanmar", "104" },
                    { "MN", "MNG", "Mongolia", "496" },
                    { "MO", "MAC", "Macao", "446" },
                    { "MP", "MNP", "Northern Mariana Islands", "580" },
                    { "MQ", "MTQ", "Martinique", "474" },
                    { "MR", "MRT", "Mauritania", "478" },
                    { "MS", "MSR", "Montserrat", "500" },
                    { "MT", "MLT", "Malta", "470" },
                    { "MU", "MUS", "Mauritius", "480" },
                    { "MV", "MDV", "Maldives", "462" },
                    { "MW", "MWI", "Malawi", "454" },
                    { "MX", "MEX", "Mexico", "484" },
                    { "MY", "MYS", "Malaysia", "458" },
                    { "MZ", "MOZ", "Mozambique", "508" },
                    { "NA", "NAM", "Namibia", "516" },
                    { "NC", "NCL", "New Caledonia", "540" },
                    { "NE", "NER", "Niger", "562" },
                    { "NF", "NFK", "Norfolk Island", "574" },
                    { "NG", "NGA", "Nigeria", "566" },
                    { "NI", "NIC", "Nicaragua", "558" },
                    { "NL", "NLD", "Netherlands", "528" },
                    { "NO", "NOR", "Norway", "578" },
                    { "NP", "NPL", "Nepal", "524" },
                    { "NR", "NRU", "Nauru", "520" },
                    { "NU", "NIU", "Niue", "570" },
                    { "NZ", "NZL", "New Zealand", "554" },
                    { "OM", "OMN", "Oman", "512" },
                    { "PA", "PAN", "Panama", "591" },
                    { "PE", "PER", "Peru", "604" },
                    { "PF", "PYF", "French Polynesia", "258" },
                    { "PG", "PNG", "Papua New Guinea", "598" },
                    { "PH", "PHL", "Philippines", "608" },
                    { "PK", "PAK", "Pakistan", "586" },
                    { "PL", "POL", "Poland", "616" },
                    { "PM", "SPM", "Saint Pierre and Miquelon", "666" },
                    { "PN", "PCN", "Pitcairn", "612" },
                    { "PR", "PRI", "Puerto Rico", "630" },
                    { "PS", "PSE", "Palestine, State of", "275" },
                    { "PT", "PRT", "Portugal", "620" },
                    { "PW", "PLW", "Palau", "585" },
                    { "PY", "PRY", "Paraguay", "600" },
                    { "QA", "QAT", "Qatar", "634" },
                    { "RE", "REU", "Réunion", "638" },
                    { "RO", "ROU", "Romania", "642" },
                    { "RS", "SRB", "Serbia", "688" },
                    { "RU", "RUS", "Russian Federation", "643" },
                    { "RW", "RWA", "Rwanda", "646" },
                    { "SA", "SAU", "Saudi Arabia", "682" },
                    { "SB", "SLB", "Solomon Islands", "090" },
                    { "SC", "SYC", "Seychelles", "690" },
                    { "SD", "SDN", "Sudan", "729" },
                    { "SE", "SWE", "Sweden", "752" },
                    { "SG", "SGP", "Singapore", "702" },
                    { "SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha", "654" },
                    { "SI", "SVN", "Slovenia", "705" },
                    { "SJ", "SJM", "Svalbard and Jan Mayen", "744" },
                    { "SK", "SVK", "Slovakia", "703" },
                    { "SL", "SLE", "Sierra Leone", "694" },
                    { "SM", "SMR", "San Marino", "674" },
                    { "SN", "SEN", "Senegal", "686" },
                    { "SO", "SOM", "Somalia", "706" },
                    { "SR", "SUR", "Suriname", "740" },
                    { "SS", "SSD", "South Sudan", "728" },
                    { "ST", "STP", "Sao Tome and Principe", "678" },
                    { "SV", "SLV", "El Salvador", "222" },
                    { "SX", "SXM", "Sint Maarten (Dutch part)", "534" },
                    { "SY", "SYR", "Syrian Arab Republic", "760" },
                    { "SZ", "SWZ", "Eswatini", "748" },
                    { "TC", "TCA", "Turks and Caicos Islands", "796" },
                    { "TD", "TCD", "Chad", "148" },
                    { "TF", "ATF", "French Southern Territories", "260" },
                    { "TG", "TGO", "Togo", "768" },
                    { "TH", "THA", "Thailand", "764" },
                    { "TJ", "TJK", "Tajikistan", "762" },
                    { "TK", "TKL", "Tokelau", "772" },
                    { "TL", "TLS", "Timor-Leste", "626" },
                    { "TM", "TKM", "Turkmenistan", "795" },
                    { "TN", "TUN", "Tunisia", "788" },
                    { "TO", "TON", "Tonga", "776" },
                    { "TR", "TUR", "Türkiye", "792" },
                    { "TT", "TTO", "Trinidad and Tobago", "780" },
                    { "TV", "TUV", "Tuvalu", "798" },
                    { "TW", "TWN", "Taiwan, Province of China", "158" },
                    { "TZ", "TZA", "Tanzania, United Republic of", "834" },
                    { "UA", "UKR", "Ukraine", "804" },
                    { "UG", "UGA", "Uganda", "800" },
                    { "UM", "UMI", "United States Minor Outlying Islands", "581" },
                    { "US", "USA", "United States", "840" },
                    { "UY", "URY", "Uruguay", "858" },
                    { "UZ", "UZB", "Uzbekistan", "860" },
                    { "VA", "VAT", "Holy See (Vatican City State)", "336" },
                    { "VC", "VCT", "Saint Vincent and the Grenadines", "670" },
                    { "VE", "VEN", "Venezuela, Bolivarian Republic of", "862" },
                    { "VG", "VGB", "Virgin Islands, British", "092" },
                    { "VI", "VIR", "Virgin Islands, U.S.", "850" },
                    { "VN", "VNM", "Viet Nam", "704" },
                    { "VU", "VUT", "Vanuatu", "548" },
                    { "WF", "WLF", "Wallis and Futuna", "876" },
                    { "WS", "WSM", "Samoa", "882" },
                    { "YE", "YEM", "Yemen", "887" },
                    { "YT", "MYT", "Mayotte", "175" },
                    { "ZA", "ZAF", "South Africa", "710" },
                    { "ZM", "ZMB", "Zambia", "894" },
                    { "ZW", "ZWE", "Zimbabwe", "716" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_EventId_Code",
                table: "Agencies",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertLevelChanges_EventId_ChangedAt",
                table: "AlertLevelChanges",
                columns: new[] { "EventId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Capabilities_EventId_Code",
                table: "Capabilities",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Countries_Alpha3",
                table: "Countries",
                column: "Alpha3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Code",
                table: "Events",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_HostCountry",
                table: "Events",
                column: "HostCountry");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_CapabilityId",
                table: "Requirements",
                column: "CapabilityId");

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_EventId_CapabilityId",
                table: "Requirements",
                columns: new[] { "EventId", "CapabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_EventId_SiteId",
                table: "Requirements",
                columns: new[] { "EventId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_Requirements_SiteId",
                table: "Requirements",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Sites_EventId_Code",
                table: "Sites",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sites_ParentId",
                table: "Sites",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "AlertLevelChanges");

            migrationBuilder.DropTable(
                name: "Requirements");

            migrationBuilder.DropTable(
                name: "Capabilities");

            migrationBuilder.DropTable(
                name: "Sites");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "Countries");
        }
    }
}
