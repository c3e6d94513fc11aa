using Google.OrTools.Sat;

namespace Concordia.Planning.Rules.Encoding;

/// <summary>A fact of a model (a duty, a worked window or day): a variable the model decides, or a constant fixed by the rest of the plan.</summary>
internal readonly record struct Lit(BoolVar? Var, bool Const)
{
    public static Lit True => new(null, true);

    public static Lit False => new(null, false);

    public bool IsConst => Var is null;

    public static Lit Of(bool value) => value ? True : False;
}
