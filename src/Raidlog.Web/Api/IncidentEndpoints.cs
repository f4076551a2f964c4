using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Raidlog.Storage;
using Raidlog.Web.Api.Wire;

namespace Raidlog.Web.Api;

static class IncidentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/incidents", (HttpRequest request, IRaidlogStore store) =>
        {
            var reader = new QueryReader(request.Query);
            var query = reader.Read(paging: true);
            return reader.Valid ? Results.Ok(IncidentPage.From(store.QueryIncidents(query))) : Results.ValidationProblem(reader.Errors);
        })
        .WithSummary("Merged incidents matching the filters, one page at a time")
        .WithDescription("Filters: from, to (YYYY-MM-DD, inclusive), country, attacker (ISO2), admin1, mode, bbox (west,south,east,north), disputed, text. Paging: offset, limit (≤ 1000), sort (date, launched, …; '-' descends). Unknown parameters are rejected.")
        .Produces<IncidentPage>()
        .ProducesValidationProblem();

        api.MapGet("/incidents/{id}", (string id, IRaidlogStore store) =>
            store.GetIncident(id) is { } detail
                ? Results.Ok(IncidentDocument.From(detail))
                : Results.Problem(statusCode: 404, title: "No such incident", detail: $"There is no incident '{id}'."))
        .WithSummary("One incident with every report side by side, the claims and evidence sentences, and its revisions")
        .Produces<IncidentDocument>()
        .ProducesProblem(404);
    }
}
