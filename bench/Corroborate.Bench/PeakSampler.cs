namespace Corroborate.Bench;

// Polls the working set every few milliseconds on a background thread, keeping the highest value.
internal sealed class PeakSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public PeakSampler()
    {
        _peak = Environment.WorkingSet;
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak working set" };
        _thread.Start();
    }

    public long Peak => Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet);

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Sample()
    {
        while (!_stop)
        {
            var now = Environment.WorkingSet;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(5);
        }
    }
}
