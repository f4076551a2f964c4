using System.Globalization;
using Microsoft.AspNetCore.Http;
using Raidlog.Incidents;
using Raidlog.Storage.Queries;

namespace Raidlog.Web.Api;

/// <summary>
/// Reads an <see cref="IncidentQuery"/> from a query string. Unknown or malformed parameters become errors
/// keyed by parameter name (answered as a 400 validation problem), so a typo never silently widens a query.
/// </summary>
public sealed class QueryReader(IQueryCollection query)
{
    public static readonly string[] FilterKeys = ["from", "to", "country", "admin1", "mode", "attacker", "bbox", "disputed", "text"];
    public static readonly string[] PagingKeys = ["offset", "limit", "sort"];

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool Valid => Errors.Count == 0;

    /// <summary>Reads filters (and paging, when the endpoint pages), rejecting every other parameter but <paramref name="extra"/>.</summary>
    public IncidentQuery Read(bool paging, params string[] extra)
    {
        var known = FilterKeys.Concat(paging ? PagingKeys : []).Concat(extra).ToHashSet(StringComparer.Ordinal);
        foreach (var key in query.Keys.Where(k => !known.Contains(k)))
            Fail(key, $"unknown parameter; allowed: {string.Join(", ", known.Order(StringComparer.Ordinal))}");
        var result = new IncidentQuery
        {
            From = Date("from"),
            To = Date("to"),
            Country = Code("country"),
            Admin1 = Single("admin1"),
            Mode = Mode(),
            Attacker = Code("attacker"),
            Bbox = Bbox(),
            Disputed = Bool("disputed"),
            Text = Single("text"),
        };
        if (result.From > result.To) Fail("from", "is after 'to'");
        if (!paging) return result;
        var (sort, descending) = Sort();
        return result with
        {
            Offset = Int("offset", 0, int.MaxValue) ?? 0,
            Limit = Int("limit", 1, IncidentQuery.MaxLimit) ?? 100,
            Sort = sort,
            Descending = descending,
        };
    }

    public string? Single(string key)
    {
        var values = query[key];
        if (values.Count > 1) Fail(key, "given more than once");
        var value = values.Count == 0 ? null : values[0]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public void Fail(string key, string message) => Errors[key] = [message];

    DateOnly? Date(string key)
    {
        var s = Single(key);
        if (s is null) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Fail(key, $"'{s}' is not a date (YYYY-MM-DD)");
        return null;
    }

    string? Code(string key)
    {
        var s = Single(key);
        if (s is null) return null;
        if (s.Length == 2 && s.All(char.IsAsciiLetter)) return s.ToUpperInvariant();
        Fail(key, $"'{s}' is not an ISO 3166-1 alpha-2 code");
        return null;
    }

    AttackMode? Mode()
    {
        var s = Single("mode");
        if (s is null) return null;
        var mode = Enum.GetValues<AttackMode>().FirstOrDefault(m => m.ToWire() == s.ToLowerInvariant(), (AttackMode)(-1));
        if (Enum.IsDefined(mode)) return mode;
        Fail("mode", $"'{s}' is not one of {string.Join(", ", Enum.GetValues<AttackMode>().Select(m => m.ToWire()))}");
        return null;
    }

    bool? Bool(string key)
    {
        var s = Single(key);
        if (s is null) return null;
        if (bool.TryParse(s, out var b)) return b;
        Fail(key, $"'{s}' is not true or false");
        return null;
    }

    int? Int(string key, int min, int max)
    {
        var s = Single(key);
        if (s is null) return null;
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        Fail(key, $"'{s}' is not a whole number from {min} to {max}");
        return null;
    }

    BoundingBox? Bbox()
    {
        var s = Single("bbox");
        if (s is null) return null;
        if (BoundingBox.TryParse(s) is { West: >= -180, East: <= 180, South: >= -90, North: <= 90 } box) return box;
        Fail("bbox", $"'{s}' is not west,south,east,north in degrees");
        return null;
    }

    (IncidentSort, bool) Sort()
    {
        var s = Single("sort") ?? "-date";
        var descending = s.StartsWith('-');
        var name = s.TrimStart('-');
        var sort = Enum.GetValues<IncidentSort>().FirstOrDefault(v => v.ToString().Equals(name, StringComparison.OrdinalIgnoreCase), (IncidentSort)(-1));
        if (Enum.IsDefined(sort)) return (sort, descending);
        Fail("sort", $"'{s}' is not one of {string.Join(", ", Enum.GetValues<IncidentSort>().Select(v => v.ToString().ToLowerInvariant()))} (prefix '-' to descend)");
        return (IncidentSort.Date, true);
    }
}
