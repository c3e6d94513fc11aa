using System.Globalization;
using System.Text.RegularExpressions;
using Concordia.Data.Identity;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Tests.Wording;

/// <summary>Issue 13, point 4: every value a page may show has its words, in English and in French, in one place.</summary>
public sealed partial class WordsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB"), French = CultureInfo.GetCultureInfo("fr-FR");

    public static TheoryData<Type> Enumerations() =>
        [.. typeof(Domain.Events.Event).Assembly.GetExportedTypes().Concat(typeof(Words).Assembly.GetExportedTypes()).Where(t => t.IsEnum)];

    [Theory, MemberData(nameof(Enumerations))]
    public void Every_value_has_its_own_words_in_English_and_French_never_its_name(Type enumeration)
    {
        foreach (Enum value in Enum.GetValues(enumeration))
        {
            Assert.True(Words.Knows(value), $"{enumeration.Name}.{value} has no words");
            var english = Words.Of(value, English);
            var french = Words.Of(value, French);
            Assert.False(string.IsNullOrWhiteSpace(english) || string.IsNullOrWhiteSpace(french), $"{enumeration.Name}.{value}");
            Assert.False(Internal().IsMatch(english) || Internal().IsMatch(french), $"{enumeration.Name}.{value} reads \"{english}\" / \"{french}\"");
        }
    }

    [Fact]
    public void The_reader_s_language_chooses_the_words()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = French;
            Assert.Equal("Hébergé par l'hôte", Words.Of(Domain.Requests.LodgingCondition.HostSupported));
            Assert.Equal("En cours d'examen", Words.Of(Domain.Contingents.AccreditationStatus.UnderReview));
            CultureInfo.CurrentUICulture = English;
            Assert.Equal("Lodged by the host", Words.Of(Domain.Requests.LodgingCondition.HostSupported));
            Assert.Equal("Under review", Words.Of(Domain.Contingents.AccreditationStatus.UnderReview));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_role_has_its_words()
    {
        Assert.All(Roles.All, role => Assert.True(Words.KnowsRole(role) && !Internal().IsMatch(Words.Role(role, English)), role));
        Assert.Equal("Host coordinator", Words.Role(Roles.HostCoordinator, English));
        Assert.Equal("Coordinateur du pays hôte", Words.Role(Roles.HostCoordinator, French));
    }

    // A value's name as code writes it: two capitals run together in one word ("HostSupported", "UnderReview").
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex Internal();
}
