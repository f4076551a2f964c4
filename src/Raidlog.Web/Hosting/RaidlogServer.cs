using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Raidlog.Pipeline;
using Raidlog.Storage;
using Raidlog.Web.Api;

namespace Raidlog.Web.Hosting;

/// <summary>Builds the one process `serve` runs: the JSON API under /api, its OpenAPI document, and the dashboard at /.</summary>
public static class RaidlogServer
{
    public static WebApplication Create(ServerOptions options, IRaidlogStore store, IExtractor? extractor = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(store);
        // Built on the first POST: the default pipeline loads its language data and gazetteer, which a
        // read-only server never needs.
        builder.Services.AddSingleton<IExtractor>(_ => extractor ?? Extractors.Default());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Raidlog API";
            document.Info.Description = "Incidents of attacks from the air, merged across outlets, with every source's figures and evidence.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler(errors => errors.Run(StoreProblems.Write));
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.MapOpenApi("/openapi/{documentName}.json");

        var api = app.MapGroup("/api").WithTags("api");
        IncidentEndpoints.Map(api);
        ArticleEndpoints.Map(api, options.ApiKey);
        StatsEndpoints.Map(api);
        ExportEndpoints.Map(api);

        if (Directory.Exists(options.DashboardPath))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(options.DashboardPath));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        return app;
    }

    // Defence in depth for hostile article text: even if markup slipped into the page, no inline or foreign
    // script would run. Inline *styles* stay allowed (Leaflet and the legend set them).
    static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
