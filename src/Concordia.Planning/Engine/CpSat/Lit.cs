using Google.OrTools.Sat;

namespace Concordia.Planning.Engine.CpSat;

/// <summary>A day-worked fact that is either decided by the sub-model or fixed by the rest of the plan.</summary>
internal readonly record struct Lit(BoolVar? Var, bool Const)
{
    public static Lit True => new(null, true);

    public static Lit False => new(null, false);

    public bool IsConst => Var is null;
}
