#include "analysis/snapshotio.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace folja::analysis {

namespace {

constexpr char kMagic[9] = "FOLJASNP"; // written without the terminating NUL
constexpr char kEnd[5] = "END.";
constexpr std::uint32_t kByteOrderMark = 0x01020304;

class Writer
{
public:
    Writer(const SnapshotChunkSink& sink, qsizetype chunkBytes)
        : m_sink(sink)
        , m_chunkBytes(std::max<qsizetype>(chunkBytes, 64))
    {
        m_buffer.reserve(m_chunkBytes);
    }

    void raw(const void* data, std::size_t n)
    {
        const char* p = static_cast<const char*>(data);
        while (n > 0 && m_ok) {
            const auto room = static_cast<std::size_t>(m_chunkBytes - m_buffer.size());
            const std::size_t take = std::min(room, n);
            m_buffer.append(p, static_cast<qsizetype>(take));
            p += take;
            n -= take;
            if (m_buffer.size() >= m_chunkBytes)
                flush();
        }
    }
    template <typename T>
    void pod(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        raw(&value, sizeof value);
    }
    bool finish()
    {
        if (m_ok && !m_buffer.isEmpty())
            flush();
        return m_ok;
    }

private:
    void flush()
    {
        m_ok = m_sink(m_buffer);
        m_buffer.clear();
    }
    const SnapshotChunkSink& m_sink;
    qsizetype m_chunkBytes;
    QByteArray m_buffer;
    bool m_ok = true;
};

class Reader
{
public:
    explicit Reader(const SnapshotChunkSource& source)
        : m_source(source)
    {}

    bool raw(void* data, std::size_t n)
    {
        char* p = static_cast<char*>(data);
        while (n > 0) {
            if (m_pos >= m_chunk.size()) {
                m_chunk.clear();
                m_pos = 0;
                if (!m_source(m_chunk) || m_chunk.isEmpty())
                    return false;
            }
            const std::size_t take = std::min(static_cast<std::size_t>(m_chunk.size() - m_pos), n);
            std::memcpy(p, m_chunk.constData() + m_pos, take);
            m_pos += static_cast<qsizetype>(take);
            p += take;
            n -= take;
        }
        return true;
    }
    template <typename T>
    bool pod(T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        return raw(&value, sizeof value);
    }
    // Nothing may follow the end mark.
    bool atEnd()
    {
        if (m_pos < m_chunk.size())
            return false;
        QByteArray more;
        while (m_source(more)) {
            if (!more.isEmpty())
                return false;
        }
        return true;
    }

private:
    const SnapshotChunkSource& m_source;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
};

// Far more than any real snapshot; a bound so that a damaged count cannot ask for terabytes.
constexpr std::uint64_t kMaxElements = std::uint64_t(1) << 31;

} // namespace

// Every column of a snapshot in one fixed order, for writing and reading alike.
struct SnapshotCodec {
    // --- writing ---
    template <typename V>
    static void put(Writer& w, const std::vector<V>& v)
    {
        w.pod(static_cast<std::uint64_t>(v.size()));
        w.raw(v.data(), v.size() * sizeof(V));
    }
    static void put(Writer& w, const Dictionary& d)
    {
        w.pod(static_cast<std::uint32_t>(d.size() - 1));
        for (int i = 1; i < d.size(); ++i) {
            const QByteArray utf8 = d.code(static_cast<std::uint16_t>(i)).toUtf8();
            w.pod(static_cast<std::uint32_t>(utf8.size()));
            w.raw(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        }
    }
    template <typename T>
    static void put(Writer& w, const CodeColumn<T>& c)
    {
        put(w, c.dict);
        put(w, c.data);
    }
    template <typename T>
    static void put(Writer& w, const MultiColumn<T>& c)
    {
        put(w, c.dict);
        put(w, c.offsets);
        put(w, c.values);
    }

    // --- reading ---
    template <typename V>
    static bool get(Reader& r, std::vector<V>& v)
    {
        std::uint64_t n = 0;
        if (!r.pod(n) || n > kMaxElements)
            return false;
        v.resize(static_cast<std::size_t>(n));
        return r.raw(v.data(), v.size() * sizeof(V));
    }
    static bool get(Reader& r, Dictionary& d)
    {
        d = Dictionary();
        std::uint32_t n = 0;
        if (!r.pod(n) || n >= std::numeric_limits<std::uint16_t>::max())
            return false;
        QByteArray utf8;
        for (std::uint32_t i = 1; i <= n; ++i) {
            std::uint32_t len = 0;
            if (!r.pod(len) || len == 0 || len > 4096)
                return false;
            utf8.resize(static_cast<qsizetype>(len));
            if (!r.raw(utf8.data(), len))
                return false;
            // Codes are distinct and in code order: interning them again must give the same codes.
            if (d.intern(QString::fromUtf8(utf8)) != i)
                return false;
        }
        return true;
    }
    template <typename T>
    static bool get(Reader& r, CodeColumn<T>& c)
    {
        if (!get(r, c.dict) || !get(r, c.data))
            return false;
        const auto limit = static_cast<std::size_t>(c.dict.size());
        for (T v : c.data) {
            if (static_cast<std::size_t>(v) >= limit)
                return false;
        }
        return true;
    }
    template <typename T>
    static bool get(Reader& r, MultiColumn<T>& c)
    {
        if (!get(r, c.dict) || !get(r, c.offsets) || !get(r, c.values))
            return false;
        if (c.offsets.empty() || c.offsets.front() != 0 || c.offsets.back() != c.values.size())
            return false;
        for (std::size_t i = 1; i < c.offsets.size(); ++i) {
            if (c.offsets[i] < c.offsets[i - 1])
                return false;
        }
        const auto limit = static_cast<std::size_t>(c.dict.size());
        for (T v : c.values) {
            if (v == 0 || static_cast<std::size_t>(v) >= limit)
                return false;
        }
        return true;
    }

    // Both directions over the same list of columns.
    template <typename F>
    static bool columns(Snapshot& s, F&& f)
    {
        PersonTable& p = s.m_persons;
        ArendeTable& a = s.m_arenden;
        InsatsTable& in = s.m_insatser;
        UppfoljningTable& u = s.m_uppfoljningar;
        return f(p.alive) && f(p.key) && f(p.kon) && f(p.ursprung) && f(p.birth) &&
               // ärenden
               f(a.alive) && f(a.key) && f(a.person) && f(a.malgrupp) && f(a.enhet) && f(a.aktualisering) &&
               f(a.beslut) && f(a.aktualiseringstyp) && f(a.tidigareKontakt) && f(a.hushallstyp) && f(a.ursprung) &&
               f(a.aktualiseringsorsak) && f(a.problematik) && f(a.firstInsats) && f(a.insatsCount) &&
               // insatser
               f(in.alive) && f(in.key) && f(in.arende) && f(in.ksi) && f(in.beslut) && f(in.verkstallande) &&
               f(in.avslut) && f(in.avslutsorsak) && f(in.firstUppfoljning) && f(in.uppfoljningCount) &&
               // uppföljningar
               f(u.alive) && f(u.key) && f(u.insats) && f(u.datum) && f(u.sip) && f(u.maluppfyllelse) &&
               f(u.samverkan) && f(u.parallellaInsatser) && f(u.genomforande) && f(u.b1a) && f(u.b1b) && f(u.b2) &&
               f(u.b3) && f(u.b4) && f(u.b5);
    }

    static bool write(const Snapshot& snapshot, Writer& w)
    {
        w.raw(kMagic, sizeof kMagic - 1);
        w.pod(static_cast<std::uint32_t>(kSnapshotFormatVersion));
        w.pod(kByteOrderMark);
        // columns() is shared with the reader, which needs them mutable; nothing is changed here.
        Snapshot& s = const_cast<Snapshot&>(snapshot);
        columns(s, [&w](const auto& column) {
            put(w, column);
            return true;
        });
        // Ids per row (kNoId where a row has none), from the maps used for patching.
        std::vector<domain::Id> personIds(s.m_persons.rows(), domain::kNoId);
        for (auto it = s.m_personById.cbegin(); it != s.m_personById.cend(); ++it)
            personIds[it.value()] = it.key();
        std::vector<domain::Id> arendeIds(s.m_arenden.rows(), domain::kNoId);
        for (auto it = s.m_arendeById.cbegin(); it != s.m_arendeById.cend(); ++it)
            arendeIds[it.value()] = it.key();
        put(w, personIds);
        put(w, arendeIds);
        // Ärenden without an id (not from the store) by external id.
        w.pod(static_cast<std::uint32_t>(s.m_arendeByExternalId.size()));
        for (auto it = s.m_arendeByExternalId.cbegin(); it != s.m_arendeByExternalId.cend(); ++it) {
            const QByteArray utf8 = it.key().toUtf8();
            w.pod(static_cast<std::uint32_t>(utf8.size()));
            w.raw(utf8.constData(), static_cast<std::size_t>(utf8.size()));
            w.pod(it.value());
        }
        w.raw(kEnd, sizeof kEnd - 1);
        return w.finish();
    }

    static bool consistent(const Snapshot& s)
    {
        const PersonTable& p = s.m_persons;
        const ArendeTable& a = s.m_arenden;
        const InsatsTable& in = s.m_insatser;
        const UppfoljningTable& u = s.m_uppfoljningar;
        const std::size_t nP = p.alive.size(), nA = a.alive.size(), nI = in.alive.size(), nU = u.alive.size();
        if (nP == 0 || p.key.size() != nP || p.kon.data.size() != nP || p.ursprung.data.size() != nP ||
            p.birth.size() != nP)
            return false;
        auto sized = [](std::size_t n, std::initializer_list<std::size_t> sizes) {
            for (std::size_t x : sizes) {
                if (x != n)
                    return false;
            }
            return true;
        };
        if (!sized(nA,
                   {a.key.size(), a.person.size(), a.malgrupp.data.size(), a.enhet.data.size(), a.aktualisering.size(),
                    a.beslut.size(), a.aktualiseringstyp.data.size(), a.tidigareKontakt.data.size(),
                    a.hushallstyp.data.size(), a.ursprung.data.size(), a.aktualiseringsorsak.offsets.size() - 1,
                    a.problematik.offsets.size() - 1, a.firstInsats.size(), a.insatsCount.size()}))
            return false;
        if (!sized(nI, {in.key.size(), in.arende.size(), in.ksi.data.size(), in.beslut.size(), in.verkstallande.size(),
                        in.avslut.size(), in.avslutsorsak.offsets.size() - 1, in.firstUppfoljning.size(),
                        in.uppfoljningCount.size()}))
            return false;
        if (!sized(nU, {u.key.size(), u.insats.size(), u.datum.size(), u.sip.data.size(), u.maluppfyllelse.data.size(),
                        u.samverkan.offsets.size() - 1, u.parallellaInsatser.data.size(), u.genomforande.data.size(),
                        u.b1a.data.size(), u.b1b.data.size(), u.b2.data.size(), u.b3.data.size(), u.b4.data.size(),
                        u.b5.data.size()}))
            return false;
        for (std::size_t r = 0; r < nA; ++r) {
            if (a.person[r] >= nP || std::uint64_t(a.firstInsats[r]) + a.insatsCount[r] > nI)
                return false;
        }
        for (std::size_t r = 0; r < nI; ++r) {
            if (in.arende[r] >= nA || std::uint64_t(in.firstUppfoljning[r]) + in.uppfoljningCount[r] > nU)
                return false;
        }
        for (std::size_t r = 0; r < nU; ++r) {
            if (u.insats[r] >= nI)
                return false;
        }
        return true;
    }

    static Result<Snapshot> read(Reader& r)
    {
        auto corrupt = [](const char* where) {
            // Never shown: the caller rebuilds the snapshot from the tables instead.
            return makeError(ErrorCode::Corrupt,
                             QStringLiteral("The stored analysis snapshot is damaged (%1).").arg(QLatin1String(where)));
        };
        char magic[sizeof kMagic - 1];
        std::uint32_t version = 0;
        std::uint32_t bom = 0;
        if (!r.raw(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0)
            return corrupt("header");
        if (!r.pod(version) || !r.pod(bom))
            return corrupt("header");
        if (version != static_cast<std::uint32_t>(kSnapshotFormatVersion) || bom != kByteOrderMark)
            return makeError(ErrorCode::Conflict,
                             QStringLiteral("The stored analysis snapshot has another format (%1).").arg(version));
        Snapshot s;
        if (!columns(s, [&r](auto& column) { return get(r, column); }))
            return corrupt("columns");
        if (!consistent(s))
            return corrupt("row references");
        std::vector<domain::Id> personIds, arendeIds;
        if (!get(r, personIds) || !get(r, arendeIds) || personIds.size() != s.m_persons.rows() ||
            arendeIds.size() != s.m_arenden.rows())
            return corrupt("ids");
        s.m_personById.reserve(static_cast<qsizetype>(personIds.size()));
        for (std::size_t row = 0; row < personIds.size(); ++row) {
            if (personIds[row] != domain::kNoId)
                s.m_personById.insert(personIds[row], static_cast<std::uint32_t>(row));
        }
        s.m_arendeById.reserve(static_cast<qsizetype>(arendeIds.size()));
        for (std::size_t row = 0; row < arendeIds.size(); ++row) {
            if (arendeIds[row] != domain::kNoId)
                s.m_arendeById.insert(arendeIds[row], static_cast<std::uint32_t>(row));
        }
        std::uint32_t externals = 0;
        if (!r.pod(externals) || externals > s.m_arenden.rows())
            return corrupt("external ids");
        QByteArray utf8;
        for (std::uint32_t k = 0; k < externals; ++k) {
            std::uint32_t len = 0;
            std::uint32_t row = 0;
            if (!r.pod(len) || len > 4096)
                return corrupt("external ids");
            utf8.resize(static_cast<qsizetype>(len));
            if (!r.raw(utf8.data(), len) || !r.pod(row) || row >= s.m_arenden.rows())
                return corrupt("external ids");
            s.m_arendeByExternalId.insert(QString::fromUtf8(utf8), row);
        }
        char end[sizeof kEnd - 1];
        if (!r.raw(end, sizeof end) || std::memcmp(end, kEnd, sizeof end) != 0 || !r.atEnd())
            return corrupt("end");
        auto dead = [](const std::vector<std::uint8_t>& alive) {
            return static_cast<std::size_t>(std::count(alive.cbegin(), alive.cend(), std::uint8_t(0)));
        };
        s.m_retired = dead(s.m_arenden.alive) + dead(s.m_insatser.alive) + dead(s.m_uppfoljningar.alive);
        s.touch();
        return s;
    }
};

bool writeSnapshot(const Snapshot& snapshot, const SnapshotChunkSink& sink, qsizetype chunkBytes)
{
    Writer w(sink, chunkBytes);
    return SnapshotCodec::write(snapshot, w);
}

Result<Snapshot> readSnapshot(const SnapshotChunkSource& source)
{
    Reader r(source);
    return SnapshotCodec::read(r);
}

QByteArray serializeSnapshot(const Snapshot& snapshot)
{
    QByteArray out;
    writeSnapshot(snapshot, [&out](const QByteArray& chunk) {
        out += chunk;
        return true;
    });
    return out;
}

Result<Snapshot> deserializeSnapshot(const QByteArray& payload)
{
    bool given = false;
    return readSnapshot([&](QByteArray& chunk) {
        if (given)
            return false;
        given = true;
        chunk = payload;
        return true;
    });
}

} // namespace folja::analysis
