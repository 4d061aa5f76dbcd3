// The replay-and-mutate driver that turns a libFuzzer target into an ordinary test when the build
// has no libFuzzer (gcc). Each tests/fuzz/fuzz_<name>.cpp defines only LLVMFuzzerTestOneInput; in
// the normal build it is linked with this file and run by ctest as fuzz_<name>:
//
//   fuzz_<name> [--iterations N] [--seconds S] [--max-len L] DIR...
//
// 1. every file in every DIR (the seeds, tests/fuzz/seeds/<name>, and the inputs that once crashed
//    a target, tests/fuzz/regressions/<name>) is given to the target as it is;
// 2. then N mutations (default 3000) of those files, made by a fixed pseudo-random sequence so that a
//    run is repeatable, stopping early after S seconds (default 5).
//
// A crash fails the test. The input that was running is written to ./fuzz-crash-<name> (the test's
// working directory, the build folder) so that it can be replayed and kept as a regression input.
// No Qt here: the driver depends on nothing the targets might break.

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using Bytes = std::vector<uint8_t>;

// What was running when a signal arrived, for the crash file.
const Bytes* g_current = nullptr;
std::string g_crashFile;

extern "C" void onCrash(int sig)
{
    if (g_current && !g_crashFile.empty()) {
        if (std::FILE* f = std::fopen(g_crashFile.c_str(), "wb")) {
            std::fwrite(g_current->data(), 1, g_current->size(), f);
            std::fclose(f);
        }
        std::fputs("fuzz driver: the target crashed; input written to ", stderr);
        std::fputs(g_crashFile.c_str(), stderr);
        std::fputs("\n", stderr);
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void run(const Bytes& input)
{
    g_current = &input;
    // A copy in its own allocation, so that a read past the end is past the end (and an empty
    // input is a valid pointer with size 0, as libFuzzer passes it).
    Bytes copy(input);
    LLVMFuzzerTestOneInput(copy.empty() ? nullptr : copy.data(), copy.size());
    g_current = nullptr;
}

// splitmix64: small, fast and the same on every platform (std:: distributions are not).
struct Random {
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
};

// Bytes that matter to the project's readers: separators, quotes, line ends, BOMs, UTF-8 lead bytes,
// JSON punctuation, Person-ID separators, XML and zip markers.
const std::array<const char*, 24> kTokens = {
    ";", ",", "\t", "\"", "\"\"", "\r\n", "\n", "\r", "\xEF\xBB\xBF", "\xC3\xA5", "\xFF\xFE", "\xC3",
    "|", "-", "+",  "{",  "}",    "[",    "]",  ":",  "null",         "<",        "&amp;",    "PK\x03\x04"};

void mutate(Bytes& b, const std::vector<Bytes>& corpus, Random& r, size_t maxLen)
{
    const size_t steps = 1 + r.below(4);
    for (size_t s = 0; s < steps; ++s) {
        switch (r.below(9)) {
        case 0: // flip a bit
            if (!b.empty())
                b[r.below(b.size())] ^= static_cast<uint8_t>(1u << r.below(8));
            break;
        case 1: { // an interesting byte
            static const std::array<uint8_t, 10> bytes = {0, 1, 0x7F, 0x80, 0xFF, '0', '9', ' ', 0xC3, 0xE2};
            if (!b.empty())
                b[r.below(b.size())] = bytes[r.below(bytes.size())];
            break;
        }
        case 2: { // a random byte
            if (!b.empty())
                b[r.below(b.size())] = static_cast<uint8_t>(r.next());
            break;
        }
        case 3: { // delete a range
            if (b.empty())
                break;
            const size_t at = r.below(b.size());
            const size_t n = std::min(b.size() - at, 1 + r.below(16));
            b.erase(b.begin() + static_cast<std::ptrdiff_t>(at), b.begin() + static_cast<std::ptrdiff_t>(at + n));
            break;
        }
        case 4: { // duplicate a range
            if (b.empty())
                break;
            const size_t at = r.below(b.size());
            const size_t n = std::min(b.size() - at, 1 + r.below(64));
            const Bytes piece(b.begin() + static_cast<std::ptrdiff_t>(at),
                              b.begin() + static_cast<std::ptrdiff_t>(at + n));
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(r.below(b.size() + 1)), piece.begin(), piece.end());
            break;
        }
        case 5:
        case 6: { // insert a token
            const char* t = kTokens[r.below(kTokens.size())];
            b.insert(b.begin() + static_cast<std::ptrdiff_t>(r.below(b.size() + 1)), t, t + std::strlen(t));
            break;
        }
        case 7: { // splice: the start of this one, the end of another
            const Bytes& other = corpus[r.below(corpus.size())];
            if (other.empty())
                break;
            const size_t keep = r.below(b.size() + 1);
            const size_t from = r.below(other.size());
            b.resize(keep);
            b.insert(b.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
            break;
        }
        case 8: { // truncate
            b.resize(r.below(b.size() + 1));
            break;
        }
        }
    }
    if (b.size() > maxLen)
        b.resize(maxLen);
}

std::string baseName(const char* argv0)
{
    std::string name = std::filesystem::path(argv0).stem().string();
    return name.empty() ? std::string("fuzz") : name;
}

} // namespace

int main(int argc, char** argv)
{
    size_t iterations = 3000;
    double seconds = 5.0;
    size_t maxLen = 64 * 1024;
    std::vector<std::filesystem::path> dirs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "fuzz driver: " << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--iterations")
            iterations = std::stoul(value());
        else if (a == "--seconds")
            seconds = std::stod(value());
        else if (a == "--max-len")
            maxLen = std::stoul(value());
        else
            dirs.emplace_back(a);
    }

    const std::string name = baseName(argv[0]);
    g_crashFile = "fuzz-crash-" + name;
    std::signal(SIGSEGV, onCrash);
    std::signal(SIGABRT, onCrash);
    std::signal(SIGFPE, onCrash);
    std::signal(SIGILL, onCrash);

    std::vector<std::filesystem::path> files;
    for (const auto& d : dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(d, ec))
            continue; // no regressions yet
        for (const auto& e : std::filesystem::directory_iterator(d))
            if (e.is_regular_file())
                files.push_back(e.path());
    }
    std::sort(files.begin(), files.end()); // directory order differs between file systems
    std::vector<Bytes> corpus;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (corpus.empty()) {
        std::cerr << "fuzz driver: " << name << " has no seed inputs (give the seed folders)\n";
        return 1;
    }
    for (const Bytes& input : corpus)
        run(input);

    Random r{0x466F6C6A61ULL}; // "Folja": the same sequence on every run
    const auto start = std::chrono::steady_clock::now();
    size_t done = 0;
    for (; done < iterations; ++done) {
        if (done % 64 == 0 && std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > seconds)
            break;
        Bytes b = corpus[r.below(corpus.size())];
        mutate(b, corpus, r, maxLen);
        run(b);
    }
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << name << ": " << corpus.size() << " seed/regression inputs, " << done << " mutations in " << took
              << " s\n";
    return 0;
}
