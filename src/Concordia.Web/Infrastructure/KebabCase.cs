using System.Text.Json;

namespace Concordia.Web.Infrastructure;

/// <summary>Enum members as the API and the files spell them: <c>FanZone</c> is <c>fan-zone</c>.</summary>
public static class KebabCase
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
