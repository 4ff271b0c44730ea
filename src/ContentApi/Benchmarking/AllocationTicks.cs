using System.Diagnostics.Tracing;

namespace ContentApi.Benchmarking;

/// <summary>
/// Bytes allocated by this process, summed from the runtime's allocation-tick events (one per ~100 KB allocated), for the
/// load benchmark's bytes/request column. GC.GetTotalAllocatedBytes cannot serve: under DATAS (Server GC's default since
/// .NET 9) it sums only the heaps active at the moment and goes backwards when the GC retires one (dotnet/runtime#131069),
/// which printed negative bytes/request; turning DATAS off would change the throughput being measured.
/// </summary>
internal sealed class AllocationTicks : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private long _bytes;

    /// <summary>Bytes allocated since this listener started, to within one tick (~100 KB) per heap.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSource)
        {
            // Allocation ticks are Verbose events of the GC keyword.
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
            && eventData.PayloadNames?.IndexOf("AllocationAmount64") is >= 0 and var index
            && eventData.Payload?[index] is ulong amount)
        {
            Interlocked.Add(ref _bytes, (long)amount);
        }
    }
}
