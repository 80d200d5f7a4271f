/* Test-only stand-in for Windows' bcryptprimitives.dll, which Wine 8 lacks:
 * Rust's standard library takes its random numbers from ProcessPrng there.
 * This forwards to RtlGenRandom (advapi32's SystemFunction036), which Wine
 * has. Used only to run the Windows build under Wine in the tests; never
 * shipped. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
