namespace Raidlog.Cleaning;

/// <summary>Removes page noise (teasers, captions, repeats, tag lists) while keeping an offset map.</summary>
public interface ITextCleaner
{
    CleanText Clean(string original);
}
