using System.Globalization;
using Concordia.Domain.Costs;
using Concordia.Web.Infrastructure;

namespace Concordia.Web.Features.Costs;

/// <summary>How the cost pages write money and who pays (the values themselves have their words in <see cref="Words"/>).</summary>
public static class CostWords
{
    /// <summary>An amount in the reader's number format with its ISO 4217 code: "1,234.50 EUR", "1 234,50 EUR".</summary>
    public static string Money(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {currency}";

    /// <summary>"Host pays", "Shared: host 50 %", "Sending country pays", "Not covered".</summary>
    public static string Share(CostShare share) =>
        share.Payer == Payer.Shared ? $"{Words.Of(Payer.Shared)}: {(Words.IsFrench(CultureInfo.CurrentUICulture) ? "hôte" : "host")} {share.HostSharePercent} %"
        : Words.Of(share.Payer);

    /// <summary>A claim's state in words, saying when only part of it was approved.</summary>
    public static string State(ClaimDto claim) =>
        claim.State == ClaimState.Approved && claim.ApprovedInPart
            ? (Words.IsFrench(CultureInfo.CurrentUICulture) ? "Approuvée en partie" : "Approved in part")
            : Words.Of(claim.State);

    public static string Days(AgreementTerms t) =>
        $"{t.ValidFrom.ToString("d MMM", CultureInfo.InvariantCulture)} – {t.ValidTo.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
}
