using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Raidlog.Storage;
using Raidlog.Storage.Export;

namespace Raidlog.Web.Api;

/// <summary>The CLI's exports over HTTP, with the same filters as the list: streamed, so any size fits.</summary>
static class ExportEndpoints
{
    static readonly Dictionary<string, (string ContentType, string Extension)> Formats = new()
    {
        ["csv"] = ("text/csv; charset=utf-8", "csv"),
        ["geojson"] = ("application/geo+json", "geojson"),
        ["jsonl"] = ("application/jsonl; charset=utf-8", "jsonl"),
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/export", (HttpContext context, IRaidlogStore store) =>
        {
            var reader = new QueryReader(context.Request.Query);
            var query = reader.Read(paging: false, "format");
            var format = reader.Single("format") ?? "csv";
            if (!Formats.ContainsKey(format)) reader.Fail("format", $"'{format}' is not one of {string.Join(", ", Formats.Keys)}");
            if (!reader.Valid) return Results.ValidationProblem(reader.Errors);
            var (contentType, extension) = Formats[format];
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"raidlog.{extension}\"";
            return Results.Stream(body =>
            {
                // The exporters write synchronously; a large buffer keeps the blocking writes few.
                context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
                using var buffered = new BufferedStream(body, 1 << 16);
                var incidents = store.Export(query);
                if (format == "jsonl") IncidentJsonl.Write(buffered, incidents);
                else if (format == "geojson") IncidentGeoJson.Write(buffered, incidents);
                else
                {
                    using var writer = new StreamWriter(buffered, new UTF8Encoding(false), leaveOpen: true);
                    IncidentCsv.Write(writer, incidents);
                }
                return Task.CompletedTask;
            }, contentType);
        })
        .WithSummary("Every incident matching the filters as csv (ACLED-style columns plus ours), geojson or jsonl")
        .Produces(200, contentType: "text/csv")
        .ProducesValidationProblem();
    }
}
