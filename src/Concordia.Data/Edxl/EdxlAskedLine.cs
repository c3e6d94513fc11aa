using Concordia.Domain.Capabilities;
using Concordia.Domain.Requests;

namespace Concordia.Data.Edxl;

/// <summary>A request line as one country is asked it: the line, the quantity asked of that country, and its capability.</summary>
public sealed record EdxlAskedLine(RequestLine Line, int Quantity, Capability Capability);
