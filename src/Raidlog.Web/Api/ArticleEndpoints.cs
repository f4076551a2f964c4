using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Raidlog.Articles;
using Raidlog.Pipeline;
using Raidlog.Storage;
using Raidlog.Web.Api.Wire;
using Raidlog.Web.Hosting;

namespace Raidlog.Web.Api;

static class ArticleEndpoints
{
    public static void Map(IEndpointRouteBuilder api, string? apiKey)
    {
        api.MapGet("/articles/{id}", (string id, IRaidlogStore store) =>
            store.GetArticle(id) is { } article
                ? Results.Ok(ArticleDocument.From(article))
                : Results.Problem(statusCode: 404, title: "No such article", detail: $"There is no article '{id}'."))
        .WithSummary("A stored article: metadata, its text as read, and the reports extracted from it")
        .Produces<ArticleDocument>()
        .ProducesProblem(404);

        api.MapPost("/articles", Ingest)
        .AddEndpointFilter(new ApiKeyFilter(apiKey))
        .WithSummary("Ingest one article or an array of articles: {id, text, published, outlet, url, language}")
        .WithDescription("Requires the server's API key (X-Api-Key or Authorization: Bearer). Each article is extracted, stored and merged on its own; a bad one is reported and the others still go in. Bodies over 30 MB (Kestrel's limit) are refused with 413: ingest bigger batches with the CLI.")
        .Accepts<JsonElement>("application/json")
        .Produces<IngestResult>()
        .ProducesProblem(400)
        .ProducesProblem(401);
    }

    static async Task<IResult> Ingest(HttpRequest request, IRaidlogStore store, IExtractor extractor)
    {
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Results.Problem(statusCode: 400, title: "Body is not JSON", detail: e.Message.Split('\n')[0]);
        }
        using (body)
        {
            var root = body.RootElement;
            var records = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            var items = records.Select((record, index) => IngestOne(record, index, store, extractor)).ToList();
            return Results.Ok(new IngestResult(
                items.Count(i => i.Status == "stored"), items.Count(i => i.Status == "duplicate"), items.Count(i => i.Status == "failed"), items));
        }
    }

    static IngestItem IngestOne(JsonElement record, int index, IRaidlogStore store, IExtractor extractor)
    {
        var (article, error) = ArticleRecord.FromElement(record, FallbackId(record));
        if (article is null) return new IngestItem(null, "failed", 0, 0, 0, $"article {index}: {error}");
        try
        {
            var outcome = store.Ingest(extractor.Extract(article));
            return new IngestItem(outcome.ArticleId, outcome.Duplicate ? "duplicate" : "stored",
                outcome.Reports, outcome.IncidentsCreated, outcome.IncidentsJoined, null);
        }
        catch (Exception e) when (e is not StoreException)
        {
            return new IngestItem(article.Id, "failed", 0, 0, 0, $"article {article.Id}: {e.Message}");
        }
    }

    // Derived from the text, so posting the same id-less article twice names it the same both times.
    static string FallbackId(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
            ? "post-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.GetString()!)))[..16]
            : "post";
}
