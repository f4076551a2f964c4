using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Merging;
using Raidlog.Pipeline;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Sql;

// Ingest: one transaction per article (article, reports, evidence, claims, merge, revisions), so a killed
// process leaves either the whole article or none of it, and a rerun picks up exactly where it stopped.
sealed partial class SqlStore
{
    const string FieldColumns = "date, place, place_canonical, admin1, country, lat, lon, precision, mode, attacker, launched, intercepted, suppressed, killed, injured";
    const string FieldParams = "@Date, @Place, @PlaceCanonical, @Admin1, @Country, @Lat, @Lon, @Precision, @Mode, @Attacker, @Launched, @Intercepted, @Suppressed, @Killed, @Injured";

    public IngestOutcome Ingest(Extraction extraction) => Run(c =>
    {
        var article = extraction.Article;
        var hash = Hash(article.Text);
        using var tx = _dialect.BeginWrite(c);
        if (c.ExecuteScalar<string?>("SELECT id FROM articles WHERE hash = @hash", new { hash }, tx) is { } existing)
        {
            tx.Rollback();
            return new IngestOutcome(existing, true, 0, 0, 0, 0);
        }
        var id = UniqueArticleId(c, tx, article.Id, hash);
        var now = DateTimeOffset.UtcNow.ToString("O");
        var meta = article.Metadata;
        var seq = c.ExecuteScalar<long>(
            "INSERT INTO articles (id, hash, outlet, url, published, language, text, ingested_at) " +
            "VALUES (@id, @hash, @Outlet, @Url, @published, @Language, @text, @now) RETURNING seq",
            new { id, hash, meta.Outlet, meta.Url, published = Dates.Format(meta.Published), meta.Language, text = article.Text, now }, tx);

        int created = 0, joined = 0, revisions = 0;
        var touched = new HashSet<string>();  // an article's own reports are distinct incidents by its own account
        for (var ordinal = 0; ordinal < extraction.Incidents.Count; ordinal++)
        {
            var report = extraction.Incidents[ordinal];
            var asMerged = report with { Date = report.Date ?? meta.Published };
            var found = FindIncident(c, tx, asMerged, touched);
            var incidentId = found?.Id ?? IncidentId(hash, ordinal);
            if (found is null)
            {
                // A lone report is its own consensus, so a new incident needs no merge pass.
                c.Execute($"INSERT INTO incidents (id, {FieldColumns}, place_key, sources, disputed, updated_at) VALUES (@Id, {FieldParams}, @PlaceKey, 1, 0, @now)",
                    Params(asMerged, new { Id = incidentId, now }), tx);
                created++;
            }
            else joined++;
            var reportId = InsertReport(c, tx, seq, ordinal, incidentId, report, article.Text);
            if (found is not null) revisions += Remerge(c, tx, found, reportId, now);
            touched.Add(incidentId);
        }
        tx.Commit();
        return new IngestOutcome(id, false, extraction.Incidents.Count, created, joined, revisions);
    });

    /// <summary>
    /// Candidates come from index range scans: same country, dates within a day, and the same place or the same
    /// region (the only places MergeRule can accept); or, when either side has no date, the same place. Incidents
    /// this article already used are not candidates. The chosen incident comes back with its current fields.
    /// </summary>
    static IncidentRow? FindIncident(DbConnection c, DbTransaction tx, Incident report, HashSet<string> touched)
    {
        var country = CountryKey(report.Place);
        var placeKey = PlaceNames.KeyOf(report.Place);
        var admin1 = report.Place.Admin1 ?? "\u0001";  // matches no region when the report knows none
        var rows = report.Date is { } d
            ? c.Query<IncidentRow>(
                "SELECT * FROM incidents WHERE country = @country AND date BETWEEN @from AND @to AND (place_key = @placeKey OR lower(admin1) = lower(@admin1) OR precision = @wave) " +
                "UNION ALL SELECT * FROM incidents WHERE country = @country AND place_key = @placeKey AND date IS NULL",
                new
                {
                    country, placeKey, admin1,
                    wave = PlaceNames.LevelOf(report.Place) == PlaceNames.Level.Country ? (int)PlacePrecision.Country : -1,
                    from = Dates.Format(d.AddDays(-MergeRule.DateToleranceDays)),
                    to = Dates.Format(d.AddDays(MergeRule.DateToleranceDays)),
                }, tx)
            : c.Query<IncidentRow>(
                "SELECT * FROM incidents WHERE country = @country AND place_key = @placeKey ORDER BY date DESC NULLS LAST LIMIT 50",
                new { country, placeKey }, tx);
        var candidates = rows.Where(r => !touched.Contains(r.Id)).OrderBy(r => r.Id).Select(r => new Box(r, r.ToIncident()));
        return MergeRule.Choose(report, candidates, b => b.Fields)?.Row;
    }

    sealed record Box(IncidentRow Row, Incident Fields);

    static long InsertReport(DbConnection c, DbTransaction tx, long articleSeq, int ordinal, string incidentId, Incident report, string text)
    {
        var reportId = c.ExecuteScalar<long>(
            $"INSERT INTO reports (article_seq, ordinal, incident_id, {FieldColumns}) VALUES (@articleSeq, @ordinal, @incidentId, {FieldParams}) RETURNING id",
            Params(report, new { articleSeq, ordinal, incidentId }), tx);
        var spans = report.Evidence.Where(s => InText(s, text))
            .Select(s => new { reportId, s.Start, s.End, Text = s.Of(text) }).ToList();
        if (spans.Count > 0)
            c.Execute("INSERT INTO evidence (report_id, start, \"end\", text) VALUES (@reportId, @Start, @End, @Text)", spans, tx);
        var claims = report.Claims.Select(cl => new
        {
            reportId, cl.Field, cl.Value, cl.Claimant, cl.Span.Start, cl.Span.End,
            Text = InText(cl.Span, text) ? cl.Span.Of(text) : "",
        }).ToList();
        if (claims.Count > 0)
            c.Execute("INSERT INTO claims (report_id, field, value, claimant, start, \"end\", text) VALUES (@reportId, @Field, @Value, @Claimant, @Start, @End, @Text)", claims, tx);
        return reportId;
    }

    static bool InText(Raidlog.Text.TextSpan s, string text) => s.Start >= 0 && s.End <= text.Length && s.Start <= s.End;

    /// <summary>Recomputes the incident's consensus from all its reports; a changed figure leaves a revision.</summary>
    int Remerge(DbConnection c, DbTransaction tx, IncidentRow incident, long reportId, string now)
    {
        var incidentId = incident.Id;
        var before = incident.ToIncident();
        var merged = Consensus.Of(LoadSourced(c, tx, [incidentId])[incidentId]);
        var after = merged.Fields;
        c.Execute($"UPDATE incidents SET ({FieldColumns}, place_key, sources, disputed, updated_at) = ({FieldParams}, @PlaceKey, @Sources, @Disputed, @now) WHERE id = @incidentId",
            Params(after, new { incidentId, merged.Sources, Disputed = merged.Disputed ? 1 : 0, now }), tx);
        var revisions = 0;
        foreach (var figure in Enum.GetValues<Figure>())
        {
            var (old, neu) = (before.Get(figure), after.Get(figure));
            if (old is null || old == neu) continue;  // a first value is not a revision; there is nothing to keep
            c.Execute("INSERT INTO revisions (incident_id, field, old_value, new_value, report_id, at) VALUES (@incidentId, @field, @old, @neu, @reportId, @now)",
                new { incidentId, field = figure.ToWire(), old, neu, reportId, now }, tx);
            revisions++;
        }
        return revisions;
    }

    /// <summary>ISO2 in upper case; an extractor that could not tell the country stores "" rather than failing.</summary>
    static string CountryKey(Place p) => (p.Country ?? "").ToUpperInvariant();

    static DynamicParameters Params(Incident i, object extra)
    {
        var p = new DynamicParameters(extra);
        p.Add("Date", Dates.Format(i.Date));
        p.Add("Place", i.Place.Name);
        p.Add("PlaceCanonical", i.Place.Canonical);
        p.Add("PlaceKey", PlaceNames.KeyOf(i.Place));
        p.Add("Admin1", i.Place.Admin1);
        p.Add("Country", CountryKey(i.Place));
        p.Add("Lat", i.Place.Lat);
        p.Add("Lon", i.Place.Lon);
        p.Add("Precision", (int)i.Place.Precision);
        p.Add("Mode", i.Mode.ToWire());
        p.Add("Attacker", i.Attacker);
        foreach (var f in Enum.GetValues<Figure>())
            p.Add(f.ToString(), i.Get(f));
        return p;
    }

    /// <summary>Article ids are file names, so two folders can both hold "index"; the later one gets its hash appended.</summary>
    static string UniqueArticleId(DbConnection c, DbTransaction tx, string id, string hash) =>
        c.ExecuteScalar<long>("SELECT count(*) FROM articles WHERE id = @id", new { id }, tx) == 0 ? id : $"{id}-{hash[..10]}";

    static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Derived from the founding report, so a rerun after a crash recreates the very same id.</summary>
    static string IncidentId(string articleHash, int ordinal) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{articleHash}#{ordinal}")))[..12];
}
