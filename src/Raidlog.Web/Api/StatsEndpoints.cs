using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Raidlog.Storage;
using Raidlog.Web.Api.Wire;

namespace Raidlog.Web.Api;

static class StatsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/stats", (HttpRequest request, IRaidlogStore store) =>
        {
            var reader = new QueryReader(request.Query);
            var query = reader.Read(paging: false);
            return reader.Valid ? Results.Ok(StatsDocument.From(store.GetStats(query))) : Results.ValidationProblem(reader.Errors);
        })
        .WithSummary("Daily launched/intercepted/suppressed/killed/injured (overall and per mode) and totals per country and admin1")
        .Produces<StatsDocument>()
        .ProducesValidationProblem();
    }
}
