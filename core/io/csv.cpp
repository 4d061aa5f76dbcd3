#include "io/csv.h"

#include <QIODevice>

namespace folja::io {

namespace {
constexpr qint64 kChunkSize = 256 * 1024;
}

CsvReader::CsvReader(QIODevice* device, char separator, TextEncoding encoding)
    : m_device(device)
    , m_separator(separator)
    , m_encoding(encoding)
{}

QString decodeWindows1252(const QByteArray& bytes)
{
    // Latin-1 except 0x80–0x9F, where Windows-1252 has printable characters (€, Š, œ, …). The five
    // unassigned bytes are kept as their C1 control characters, as Windows itself does.
    static constexpr char16_t kHigh[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t* dst = reinterpret_cast<char16_t*>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        dst[i] = (b >= 0x80 && b < 0xA0) ? kHigh[b - 0x80] : char16_t(b);
    }
    return out;
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    m_buffer = m_device->read(kChunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

Result<QString> CsvReader::decode(const QByteArray& bytes, qint64 line)
{
    if (m_encoding == TextEncoding::Windows1252)
        return decodeWindows1252(bytes);
    QString text = m_decoder(bytes);
    if (m_decoder.hasError()) {
        m_decoder.resetState();
        return makeError(ErrorCode::InvalidInput,
                         tr("Line %1: the text is not valid UTF-8. Save the file as UTF-8 and try again.").arg(line));
    }
    return text;
}

Result<bool> CsvReader::next(CsvRecord& record)
{
    record.fields.clear();

    if (m_atStart) {
        m_atStart = false;
        // The BOM may straddle a chunk boundary only on a pathological device; read until we can tell.
        while (m_buffer.size() - m_pos < 3 && !m_eof) {
            const QByteArray more = m_device->read(kChunkSize);
            if (more.isEmpty())
                m_eof = true;
            m_buffer.append(more);
        }
        if (m_encoding == TextEncoding::Utf8 && m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    // Skip completely empty lines between records.
    for (;;) {
        if (!fill())
            return false;
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else if (c == '\r') {
            ++m_pos;
            if (fill() && m_buffer.at(m_pos) == '\n')
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }

    record.line = m_line;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    qint64 quoteLine = m_line;
    m_field.clear();

    auto finishField = [&]() -> Result<void> {
        auto text = decode(m_field, record.line);
        if (!text)
            return text.error();
        record.fields.append(std::move(text).value());
        m_field.clear();
        return {};
    };
    // Consumes the LF of a CRLF pair after a CR has been taken.
    auto endOfLine = [&](char c) {
        if (c == '\r' && fill() && m_buffer.at(m_pos) == '\n')
            ++m_pos;
        ++m_line;
    };

    for (;;) {
        if (!fill()) {
            if (state == State::Quoted) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteLine));
            }
            if (auto done = finishField(); !done)
                return done.error();
            return true;
        }
        const char c = m_buffer.at(m_pos++);
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == m_separator) {
                if (auto done = finishField(); !done)
                    return done.error();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endOfLine(c);
                if (auto done = finishField(); !done)
                    return done.error();
                return true;
            } else {
                // A stray quote inside an unquoted field is kept literally, as spreadsheets do.
                m_field.append(c);
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::AfterQuote;
            } else {
                m_field.append(c);
                if (c == '\n' || (c == '\r' && !(fill() && m_buffer.at(m_pos) == '\n')))
                    ++m_line;
            }
            break;
        case State::AfterQuote:
            if (c == '"') {
                m_field.append('"');
                state = State::Quoted;
            } else if (c == m_separator) {
                if (auto done = finishField(); !done)
                    return done.error();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endOfLine(c);
                if (auto done = finishField(); !done)
                    return done.error();
                return true;
            } else {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Line %1: text follows a closing quote; a quote inside a quoted field "
                                    "must be written as \"\".")
                                     .arg(m_line));
            }
            break;
        }
    }
}

} // namespace folja::io
