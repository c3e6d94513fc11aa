using System.Text.Json;
using Concordia.Data.Scenarios;
using Concordia.Data.Scenarios.Format;

namespace Concordia.Web.Tests.Infrastructure;

/// <summary>
/// A small scenario whose totals are known by hand. At "urgence-attentat" (in force): 26 July needs 55 + 20 patrol
/// officers and 2 public-order units of 70 (215 people, 77 units); 27 July needs 3 canine teams (3 people, 3 dogs).
/// At "vigilance": 26 July needs 40 + 20 + 140 = 200 people; 27 July nothing (the dogs come from the middle level).
/// </summary>
public static class TestScenario
{
    public static ScenarioFile Small(string? code = null) => new(
        ScenarioFile.CurrentVersion,
        new ScenarioEvent(code ?? Code(), "Test Games", "A small event for tests", "FR", "Europe/Paris",
            new DateOnly(2024, 7, 26), new DateOnly(2024, 7, 28),
            [new ScenarioPhase("main", "Main phase", new DateOnly(2024, 7, 26), new DateOnly(2024, 7, 28))]),
        new ScenarioAlertScale("vigipirate", "Vigipirate",
        [
            new ScenarioAlertLevel("vigilance", "Vigilance", 1, "#2E86C1", null),
            new ScenarioAlertLevel("securite-renforcee", "Sécurité renforcée – risque attentat", 2, "#E67E22", null),
            new ScenarioAlertLevel("urgence-attentat", "Urgence attentat", 3, "#C0392B", null),
        ], "urgence-attentat"),
        [
            new ScenarioAgency("mi", "Ministère de l'Intérieur", "ministry", null),
            new ScenarioAgency("pn", "Police nationale", "police", "mi"),
        ],
        [
            new ScenarioCapability("patrol", "Patrol officer", "patrol-officer", 3, 1, 0, null),
            new ScenarioCapability("crs", "Public-order unit", "public-order-unit", 1, 70, 0, null),
            new ScenarioCapability("k9", "Explosive-detection canine team", "explosive-detection-canine-team", 1, 1, 1, null),
        ],
        [
            new ScenarioSite("STA", "Stade de France", "venue", "Saint-Denis", new ScenarioPoint(48.92448, 2.36013), null, null, 77083, null),
            new ScenarioSite("SEINE", "Seine route", "other", "Paris", new ScenarioPoint(48.8583, 2.3375), null, null, null, null),
            new ScenarioSite("SEINE-01", "Pont d'Austerlitz – Pont de Sully", "ceremony-sector", "Paris", new ScenarioPoint(48.8476, 2.3627),
                [new ScenarioPoint(48.846, 2.366), new ScenarioPoint(48.849, 2.358), new ScenarioPoint(48.851, 2.360)], "SEINE", null, null),
        ],
        [
            new ScenarioRequirement("STA", "patrol", "vigilance", "2024-07-26T06:00:00+02:00", "2024-07-26T14:00:00+02:00", 40, 2, null),
            new ScenarioRequirement("STA", "patrol", "urgence-attentat", "2024-07-26T06:00:00+02:00", "2024-07-26T14:00:00+02:00", 55, 2, null),
            new ScenarioRequirement("STA", "patrol", "vigilance", "2024-07-26T22:00:00+02:00", "2024-07-27T06:00:00+02:00", 20, 3, "night"),
            new ScenarioRequirement("SEINE-01", "crs", "vigilance", "2024-07-26T19:30:00+02:00", "2024-07-26T23:59:00+02:00", 2, 1, "opening ceremony"),
            new ScenarioRequirement("SEINE-01", "k9", "securite-renforcee", "2024-07-27T10:00:00+02:00", "2024-07-27T18:00:00+02:00", 3, 2, null),
        ]);

    public static string Code() => "t-" + Guid.NewGuid().ToString("N")[..10];

    public static string Json(ScenarioFile file) => JsonSerializer.Serialize(file, ScenarioJson.Options);
}
