#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace folja {

// What went wrong, as a category callers can branch on. The message is for people (translated,
// never containing personal data); the code is for programs.
enum class ErrorCode {
    InvalidInput,     // a value the user or a file supplied is wrong
    NotFound,         // the thing asked for does not exist (or is not visible to this user)
    PermissionDenied, // the signed-in role may not do this
    WrongPassword,
    NotADatabase, // the file is not a Följa database
    Corrupt,      // a Följa database that is damaged
    Locked,       // another running instance has the file open
    ReadOnly,     // the location cannot be written
    DiskFull,
    Conflict, // e.g. a concurrent change, a duplicate key
    Io,       // other file-system trouble
    Internal, // a bug: should never reach a user
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

namespace detail {
// A Result used the wrong way round (the value of an error, the error of a success): a bug in the
// caller. Stops the program with a message saying which misuse it was, in release builds too
// (qFatal), instead of std::bad_variant_access or undefined behaviour.
[[noreturn]] void resultMisuse(const char* what, const Error* error = nullptr);
} // namespace detail

// A value or an Error. Deliberately small: C++20 has no std::expected, and core/ must not throw
// across its API. value() on an error and error() on a success are caller bugs and abort with a
// message (detail::resultMisuse).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        checkValue();
        return *std::get_if<0>(&m_state);
    }
    const T& value() const&
    {
        checkValue();
        return *std::get_if<0>(&m_state);
    }
    T&& value() &&
    {
        checkValue();
        return std::move(*std::get_if<0>(&m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const
    {
        if (ok())
            detail::resultMisuse("Result<T>::error() called on a success");
        return *std::get_if<1>(&m_state);
    }

private:
    void checkValue() const
    {
        if (!ok())
            detail::resultMisuse("Result<T>::value() called on an error", std::get_if<1>(&m_state));
    }

    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        if (!m_error)
            detail::resultMisuse("Result<void>::error() called on a success");
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

QString errorCodeName(ErrorCode code);

} // namespace folja
