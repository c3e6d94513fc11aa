using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Concordia.Planning.Tests")]
[assembly: InternalsVisibleTo("Concordia.Bench")]
