using Raidlog.Pipeline;

namespace Raidlog.Cli.Output;

/// <summary>Where extract's results go, one article at a time.</summary>
interface IExtractionWriter
{
    void Write(Extraction extraction);
    void Finish();
}
