namespace Concordia.Planning.Rules.Encoding;

/// <summary>One term of a linear sum over facts of a model: <see cref="Coeff"/> when <see cref="Lit"/> holds.</summary>
internal readonly record struct Term(Lit Lit, long Coeff);
