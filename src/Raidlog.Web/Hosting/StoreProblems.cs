using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Raidlog.Storage;

namespace Raidlog.Web.Hosting;

/// <summary>
/// Turns an unhandled exception into RFC 7807 problem details: a store that cannot be used (locked, corrupt,
/// unreachable) is a 503 with the store's one-line reason; a request Kestrel refuses keeps its 4xx; anything else
/// is a 500 that leaks no internals.
/// </summary>
static class StoreProblems
{
    public static async Task Write(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problem = error switch
        {
            StoreException store => new ProblemDetails { Status = 503, Title = "The store is unavailable", Detail = store.Message },
            // Kestrel's own limits (a body over 30 MB, a malformed request) keep their status.
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
            _ => new ProblemDetails { Status = 500, Title = "Internal error", Detail = "The server failed; see its log." },
        };
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = error });
    }
}
