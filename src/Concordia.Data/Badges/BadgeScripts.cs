namespace Concordia.Data.Badges;

/// <summary>
/// The scripts the badge font draws correctly: Latin (with every diacritic), Greek and Cyrillic. Right-to-left and
/// joined scripts such as Arabic need shaping that the PDF writer does not do, so they are not drawn at all rather
/// than drawn wrong.
/// </summary>
internal static class BadgeScripts
{
    public static bool CanDraw(string text)
    {
        foreach (var c in text)
        {
            var drawable = c is >= '\u0020' and <= '\u007E'   // Basic Latin
                or >= '\u00A0' and <= '\u024F'               // Latin-1 Supplement to Latin Extended-B
                or >= '\u0300' and <= '\u036F'               // combining diacritical marks
                or >= '\u0370' and <= '\u03FF'               // Greek
                or >= '\u0400' and <= '\u052F'               // Cyrillic and its supplement
                or >= '\u1E00' and <= '\u1EFF'               // Latin Extended Additional (Vietnamese, Welsh)
                or >= '\u1F00' and <= '\u1FFF'               // Greek Extended (polytonic)
                or >= '\u2010' and <= '\u2027';              // dashes, quotes, ellipsis
            if (!drawable)
            {
                return false;
            }
        }

        return true;
    }
}
