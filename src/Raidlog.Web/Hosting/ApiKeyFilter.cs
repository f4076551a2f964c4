using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Raidlog.Web.Hosting;

/// <summary>
/// Guards writes: the caller must send the server's key (RAIDLOG_API_KEY) as "X-Api-Key" or
/// "Authorization: Bearer". With no key configured, writes are refused outright rather than left open.
/// </summary>
sealed class ApiKeyFilter(string? expected) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (string.IsNullOrEmpty(expected))
            return Results.Problem(statusCode: 401, title: "Writes are disabled",
                detail: "The server has no API key; start it with RAIDLOG_API_KEY set to allow POST.");
        var given = request.Headers[Header].FirstOrDefault() ?? Bearer(request.Headers.Authorization.FirstOrDefault());
        if (given is null || !Same(given, expected))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: 401, title: "API key required",
                detail: $"Send the key in the {Header} header or as 'Authorization: Bearer <key>'.");
        }
        return await next(context);
    }

    static string? Bearer(string? header) =>
        header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;

    // Constant time, so response timing does not leak how much of a guess was right.
    static bool Same(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
