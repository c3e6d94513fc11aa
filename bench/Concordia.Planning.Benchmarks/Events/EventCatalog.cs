namespace Concordia.Planning.Benchmarks.Events;

/// <summary>Names and shares the generator draws from: Paris 2024 venues, the Seine route, contributing countries.</summary>
internal static class EventCatalog
{
    public static readonly string[] Venues =
    [
        "Stade de France", "Aquatics Centre", "Paris La Defense Arena", "Yves-du-Manoir Stadium", "Parc des Princes",
        "Roland-Garros", "Bercy Arena", "South Paris Arena", "Grand Palais", "Champ-de-Mars Arena", "Eiffel Tower Stadium",
        "Invalides", "Pont Alexandre III", "Concorde", "Trocadero", "Chateau de Versailles", "Le Bourget", "Vaires-sur-Marne",
        "Porte de la Chapelle Arena", "Elancourt Hill", "Saint-Quentin Velodrome", "Olympic Village", "Parc Georges Valbon",
        "Hotel de Ville fan zone", "Gare du Nord", "Gare de Lyon", "Chatelet-Les Halles", "Marseille Marina",
        "Lyon Stadium", "Nice Stadium", "Bordeaux Stadium", "Nantes Stadium", "Saint-Etienne Stadium", "Lille Stadium",
    ];

    /// <summary>Country, language, share of the foreign contingent (roughly the 2024 contingents).</summary>
    public static readonly (string Country, string Language, int Share)[] Countries =
    [
        ("ES", "es", 14), ("GB", "en", 11), ("DE", "de", 14), ("NL", "nl", 3), ("KR", "ko", 2), ("PL", "pl", 2),
        ("BR", "pt", 2), ("CA", "en", 1), ("US", "en", 4), ("QA", "ar", 3), ("IT", "it", 8), ("BE", "nl", 6),
        ("IE", "en", 2), ("MA", "ar", 3), ("CL", "es", 1), ("AE", "ar", 1), ("PT", "pt", 5), ("CH", "de", 4),
        ("AT", "de", 4), ("SE", "sv", 3), ("DK", "da", 3), ("JP", "ja", 4),
    ];

    /// <summary>Shift window templates: id suffix, kind, start hour, length in hours, night.</summary>
    public static readonly (string Id, string Kind, int StartHour, int Hours, bool Night)[] Shifts =
    [
        ("e", "early", 6, 8, false), ("l", "late", 14, 8, false), ("n", "night", 22, 8, true),
        ("d", "day", 8, 12, false), ("x", "night12", 20, 12, true), ("m", "mid", 10, 10, false),
    ];

    /// <summary>Each site uses one shift pattern: three 8-hour shifts, two 12-hour shifts, or one 10-hour shift.</summary>
    public static readonly int[][] Patterns = [[0, 1, 2], [3, 4], [5]];
}
