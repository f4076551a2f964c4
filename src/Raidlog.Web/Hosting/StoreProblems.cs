using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Raidlog.Storage;

namespace Raidlog.Web.Hosting;

/// <summary>
/// Turns an unhandled exception into RFC 7807 problem details: a store that cannot be used (locked, corrupt,
/// unreachable) is a 503 with the store's one-line reason; anything else is a 500 that leaks no internals.
/// </summary>
static class StoreProblems
{
    public static async Task Write(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problem = error is StoreException store
            ? new ProblemDetails { Status = 503, Title = "The store is unavailable", Detail = store.Message }
            : new ProblemDetails { Status = 500, Title = "Internal error", Detail = "The server failed; see its log." };
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = error });
    }
}
