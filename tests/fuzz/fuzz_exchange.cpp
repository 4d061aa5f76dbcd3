// Fuzz target for the exchange package reader (issue 13; access/exchangepackage.h). Every input is
// read twice: as a package file (magic, version, KDF parameters, lengths, then AES-256-GCM under the
// seeds' passphrase; a package that opens is decoded too) and as a decrypted payload (the strict
// JSON-lines reader behind the encryption, which a fuzzer could not reach through GCM). Neither may
// crash, hang or allocate without bound; refusals are the expected outcome.
// Seeds: tests/fuzz/seeds/exchange/ (a small package made with the test-build iteration count and
// this passphrase, and its payload). tests/access/tst_exchange_mutation.cpp runs this entry point
// over a bounded deterministic mutation loop in every ctest run.

#include "access/exchangepackage.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const QString passphrase = QStringLiteral("fuzz-passphrase-exchange");
    auto opened = folja::access::ExchangePackage::open(bytes, passphrase);
    if (opened)
        (void)folja::access::ExchangePackage::decodePayload(*opened);
    (void)folja::access::ExchangePackage::decodePayload(bytes);
    return 0;
}
