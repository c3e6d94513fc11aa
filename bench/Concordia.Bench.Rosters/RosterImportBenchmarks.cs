using System.Globalization;
using BenchmarkDotNet.Attributes;
using Concordia.Data.Rosters;
using CsvHelper;
using CsvHelper.Configuration;

namespace Concordia.Bench.Rosters;

/// <summary>
/// Importing a 2,500-member roster (the target is under 2 s): the full preview of the CSV and of the XLSX file,
/// against a plain CsvHelper read of the same CSV that only splits it into fields.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs a generated subclass of each benchmark class.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RosterImportBenchmarks
{
    private const int Members = 2_500;
    private const int Seed = 2024;

    private byte[] csv = [];
    private byte[] xlsx = [];
    private RosterReadOptions options = RosterReadOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        var members = RosterGenerator.Members(Members, Seed);
        options = new RosterReadOptions { CapabilityCodes = members.Select(m => m.CapabilityCode).ToHashSet() };
        csv = Write(stream => RosterCsvWriter.WriteAsync(stream, members, RosterLanguage.French));
        xlsx = Write(stream => RosterXlsxWriter.WriteAsync(stream, members, RosterLanguage.English));
        foreach (var file in new[] { csv, xlsx })
        {
            var preview = RosterReader.ReadAsync(new MemoryStream(file), null, options).GetAwaiter().GetResult();
            if (!preview.IsValid || preview.Rows.Count != Members)
            {
                throw new InvalidOperationException($"The generated roster does not read back: {string.Join("; ", preview.Errors.Take(5))}");
            }
        }

        Console.WriteLine($"// roster of {Members} members: CSV {csv.Length / 1024} KiB, XLSX {xlsx.Length / 1024} KiB");
    }

    [Benchmark(Baseline = true, Description = "CSV, CsvHelper fields only")]
    public int CsvHelperFieldsOnly()
    {
        using var reader = new StreamReader(new MemoryStream(csv), detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var fields = 0;
        while (parser.Read())
        {
            fields += parser.Count;
        }

        return fields;
    }

    [Benchmark(Description = "CSV, full preview")]
    public Task<RosterPreview> CsvPreview() => RosterReader.ReadAsync(new MemoryStream(csv), "roster.csv", options);

    [Benchmark(Description = "XLSX, full preview")]
    public Task<RosterPreview> XlsxPreview() => RosterReader.ReadAsync(new MemoryStream(xlsx), "roster.xlsx", options);

    private static byte[] Write(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        write(stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
