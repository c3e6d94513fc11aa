namespace Concordia.Data.Edxl;

/// <summary>
/// The XML namespaces of the EDXL-RM 1.0 messages Concordia writes and reads. Elements declared by a message schema
/// (the root, its header, <c>ResourceInformation</c> and what it holds) are in <see cref="Message"/>; the children of
/// the shared types (value lists, quantities, response information, contacts, locations) are in <see cref="Common"/>.
/// </summary>
public static class EdxlNamespaces
{
    /// <summary>The message namespace: roots, headers and the elements local to each message.</summary>
    public const string Message = "urn:oasis:names:tc:emergency:EDXL:RM:1.0:msg";

    /// <summary>The common-types namespace: ValueListURN/Value, MeasuredQuantity/Amount, ResponseType, ContactRole…</summary>
    public const string Common = "urn:oasis:names:tc:emergency:EDXL:RM:1.0";

    /// <summary>OASIS CIQ 3.0 party information, used inside <c>AdditionalContactInformation</c>.</summary>
    public const string Xpil = "urn:oasis:names:tc:ciq:xpil:3";

    /// <summary>OASIS CIQ 3.0 names (organisation names).</summary>
    public const string Xnl = "urn:oasis:names:tc:ciq:xnl:3";

    /// <summary>OASIS CIQ 3.0 addresses (the country of a party).</summary>
    public const string Xal = "urn:oasis:names:tc:ciq:xal:3";

    /// <summary>
    /// Concordia's own elements inside the open <c>TypeInfo</c> extension point: the capability's kind, type level and
    /// unit composition, the line's conditions, and whether committed officers are armed.
    /// </summary>
    public const string Concordia = "urn:x-concordia:edxl-rm:1.0";
}
