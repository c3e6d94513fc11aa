namespace Concordia.Data.Edxl;

/// <summary>The EDXL-RM messages that answer a <c>RequestResource</c> line by line; Concordia reads both alike.</summary>
public enum EdxlResponseKind
{
    /// <summary>Commits resources: the usual answer to a request.</summary>
    CommitResource,

    /// <summary>Answers a request without committing yet; its lines carry the same Accept, Provisional or Decline.</summary>
    ResponseToRequestResource,
}
