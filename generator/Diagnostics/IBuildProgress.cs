namespace InfoSiteGen.Diagnostics;

/// <summary>Receives the build's progress, for a progress display or plain log lines.</summary>
public interface IBuildProgress
{
    void StageStarted(string stage);

    void PagesRendered(int done, int total);

    public static readonly IBuildProgress None = new Silent();

    private sealed class Silent : IBuildProgress
    {
        public void StageStarted(string stage)
        {
        }

        public void PagesRendered(int done, int total)
        {
        }
    }
}
