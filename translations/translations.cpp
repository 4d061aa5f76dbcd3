// Anchor translation unit: the library exists to carry the embedded .qm resources.
namespace folja::i18n {
int translationsAnchor()
{
    return 0;
}
} // namespace folja::i18n
