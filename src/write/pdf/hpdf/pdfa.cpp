// XMP metadata (PDF/UA-1, and PDF/A-1a through libharu's object API: the information dictionary, the sRGB output intent, the /ID).
#include "write/pdf/hpdf/fixes.hpp"

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/xml.hpp"

#include <hpdf_catalog.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <fstream>
#include <iterator>
#include <string>

namespace brief::pdf {
namespace {

constexpr const char* rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

// One rdf:Description per schema, each declaring its namespace (XMP Part 1, 7.4).
pugi::xml_node description(pugi::xml_node rdf, const char* prefix, const char* uri) {
    pugi::xml_node node = rdf.append_child("rdf:Description");
    xml::set_attr(node, "rdf:about", "");
    xml::set_attr(node, (std::string("xmlns:") + prefix).c_str(), uri);
    return node;
}

constexpr const char* pdfua_ns = "http://www.aiim.org/pdfua/ns/id/";

// The PDF/A extension schema that declares pdfuaid:part (ISO 19005-1 6.7.8; the form the PDF/UA
// reference suite uses), without which PDF/A validators reject the property.
void ua_extension(pugi::xml_node rdf) {
    pugi::xml_node d = description(rdf, "pdfaExtension", "http://www.aiim.org/pdfa/ns/extension/");
    xml::set_attr(d, "xmlns:pdfaSchema", "http://www.aiim.org/pdfa/ns/schema#");
    xml::set_attr(d, "xmlns:pdfaProperty", "http://www.aiim.org/pdfa/ns/property#");
    pugi::xml_node schema = d.append_child("pdfaExtension:schemas").append_child("rdf:Bag").append_child("rdf:li");
    xml::set_attr(schema, "rdf:parseType", "Resource");
    xml::add_element(schema, "pdfaSchema:namespaceURI", pdfua_ns);
    xml::add_element(schema, "pdfaSchema:prefix", "pdfuaid");
    xml::add_element(schema, "pdfaSchema:schema", "PDF/UA Universal Accessibility Schema");
    pugi::xml_node property =
        schema.append_child("pdfaSchema:property").append_child("rdf:Seq").append_child("rdf:li");
    xml::set_attr(property, "rdf:parseType", "Resource");
    xml::add_element(property, "pdfaProperty:category", "internal");
    xml::add_element(property, "pdfaProperty:description", "Indicates, which part of ISO 14289 standard is followed");
    xml::add_element(property, "pdfaProperty:name", "part");
    xml::add_element(property, "pdfaProperty:valueType", "Integer");
}

// A language alternative with only the default language (dc:title, dc:description).
void add_alt(pugi::xml_node parent, const char* name, const std::string& text) {
    pugi::xml_node li = parent.append_child(name).append_child("rdf:Alt").append_child("rdf:li");
    xml::set_attr(li, "xml:lang", "x-default");
    xml::add_text(li, text);
}

// The XMP packet. ISO 19005-1 6.7.3: every Info entry has its XMP twin with the same value
// (Title = dc:title, Author = dc:creator, Subject = dc:description, Keywords = pdf:Keywords,
// Creator = xmp:CreatorTool, Producer = pdf:Producer, dates = xmp:CreateDate/ModifyDate);
// 6.7.11: pdfaid:part and pdfaid:conformance name the level. ISO 14289-1 5: pdfuaid:part 1, which
// PDF/A-1 accepts only with an extension schema describing it (6.7.8).
std::string xmp_packet(const DocumentInfo& info, const std::string& producer, bool pdfa) {
    pugi::xml_document doc;
    pugi::xml_node meta = doc.append_child("x:xmpmeta");
    xml::set_attr(meta, "xmlns:x", "adobe:ns:meta/");
    pugi::xml_node rdf = meta.append_child("rdf:RDF");
    xml::set_attr(rdf, "xmlns:rdf", rdf_ns);

    pugi::xml_node dc = description(rdf, "dc", "http://purl.org/dc/elements/1.1/");
    if (!info.title.empty()) add_alt(dc, "dc:title", info.title);
    if (!info.author.empty())
        xml::add_element(dc.append_child("dc:creator").append_child("rdf:Seq"), "rdf:li", info.author);
    if (!info.subject.empty()) add_alt(dc, "dc:description", info.subject);

    pugi::xml_node xmp = description(rdf, "xmp", "http://ns.adobe.com/xap/1.0/");
    if (!info.creator.empty()) xml::add_element(xmp, "xmp:CreatorTool", info.creator);
    if (!info.created.empty()) xml::add_element(xmp, "xmp:CreateDate", xmp_date(info.created));
    if (!info.modified.empty()) xml::add_element(xmp, "xmp:ModifyDate", xmp_date(info.modified));

    pugi::xml_node pdf = description(rdf, "pdf", "http://ns.adobe.com/pdf/1.3/");
    if (!info.keywords.empty()) xml::add_element(pdf, "pdf:Keywords", info.keywords);
    xml::add_element(pdf, "pdf:Producer", producer);

    if (pdfa) {
        pugi::xml_node id = description(rdf, "pdfaid", "http://www.aiim.org/pdfa/ns/id/");
        xml::add_element(id, "pdfaid:part", "1");
        xml::add_element(id, "pdfaid:conformance", "A");
        ua_extension(rdf);
    }
    xml::add_element(description(rdf, "pdfuaid", pdfua_ns), "pdfuaid:part", "1");

    // 6.7.5: the packet header carries no bytes or encoding attribute; begin is the UTF-8 BOM.
    const Bytes body = xml::to_bytes(meta);
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" +
           std::string(body.begin(), body.end()) + "\n<?xpacket end=\"w\"?>";
}

// The Producer libharu already wrote, when the caller names none (Info and XMP must agree).
std::string producer_of(const DocumentInfo& info) {
    return info.producer.empty() ? "Haru Free PDF Library " HPDF_VERSION_TEXT : info.producer;
}

// 6.7.2: the catalog's Metadata is a stream of /Type /Metadata /Subtype /XML; left unfiltered
// so any reader (and 6.7.2's "shall not be ... filtered" in PDF/A-1 validators) can read it.
void add_metadata(HPDF_Doc doc, const std::string& packet) {
    HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (stream == nullptr) throw haru_error(doc, "creating the XMP metadata stream");
    stream->filter = HPDF_STREAM_FILTER_NONE;
    check(doc, HPDF_Dict_AddName(stream, "Type", "Metadata"), "XMP metadata");
    check(doc, HPDF_Dict_AddName(stream, "Subtype", "XML"), "XMP metadata");
    check(doc, HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(packet.data()),
                                 static_cast<HPDF_UINT>(packet.size())),
          "writing XMP metadata");
    check(doc, HPDF_Dict_Add(doc->catalog, "Metadata", stream), "adding XMP metadata");
}

std::string read_profile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // An ICC profile starts with its size (big-endian) and has 'acsp' at byte 36 (ICC.1 7.2).
    if (!in.eof() && in.fail()) bytes.clear();
    if (bytes.size() < 128 || bytes.compare(36, 4, "acsp") != 0)
        throw Error("cannot read the sRGB ICC profile " + path + " (install icc-profiles-free)");
    return bytes;
}

// 6.2.2: one output intent of subtype GTS_PDFA1 whose DestOutputProfile is the ICC profile of
// the device-dependent colour the pages use (DeviceRGB here, so an RGB profile, /N 3).
void add_output_intent(HPDF_Doc doc, const std::string& profile_path) {
    const std::string profile = read_profile(profile_path);
    HPDF_Dict icc = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (icc == nullptr) throw haru_error(doc, "creating the ICC profile stream");
    icc->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    check(doc, HPDF_Dict_AddNumber(icc, "N", 3), "ICC profile");
    check(doc, HPDF_Stream_Write(icc->stream, reinterpret_cast<const HPDF_BYTE*>(profile.data()),
                                 static_cast<HPDF_UINT>(profile.size())),
          "writing the ICC profile");

    HPDF_Dict intent = HPDF_Dict_New(doc->mmgr);
    if (intent == nullptr) throw haru_error(doc, "creating the output intent");
    check(doc, HPDF_Xref_Add(doc->xref, intent), "output intent");
    const char* condition = "sRGB IEC61966-2.1";
    check(doc, HPDF_Dict_AddName(intent, "Type", "OutputIntent"), "output intent");
    check(doc, HPDF_Dict_AddName(intent, "S", "GTS_PDFA1"), "output intent");
    check(doc, HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(doc->mmgr, condition, nullptr)),
          "output intent");
    check(doc, HPDF_Dict_Add(intent, "Info", HPDF_String_New(doc->mmgr, condition, nullptr)), "output intent");
    check(doc, HPDF_Dict_Add(intent, "RegistryName", HPDF_String_New(doc->mmgr, "http://www.color.org", nullptr)),
          "output intent");
    check(doc, HPDF_Dict_Add(intent, "DestOutputProfile", icc), "output intent");

    HPDF_Array intents = HPDF_Array_New(doc->mmgr); // replaces any earlier (libharu-made) array
    if (intents == nullptr) throw haru_error(doc, "creating OutputIntents");
    check(doc, HPDF_Dict_Add(doc->catalog, "OutputIntents", intents), "adding OutputIntents");
    check(doc, HPDF_Array_Add(intents, intent), "adding the output intent");
}

} // namespace

void set_metadata(HPDF_Doc doc, const DocumentInfo& given) {
    if (!HPDF_HasDoc(doc)) throw Error("libharu: no document to describe");
    DocumentInfo info = given;
    info.producer = producer_of(info);
    doc->pdf_version = HPDF_VER_17; // the version tagged PDF with /Tabs is part of (PDF/UA-1 wants 1.x)
    set_info(doc, info);
    add_metadata(doc, xmp_packet(info, info.producer, false));
}

void make_pdfa(HPDF_Doc doc, const PdfaInfo& pdfa) {
    if (!HPDF_HasDoc(doc)) throw Error("libharu: no document to make PDF/A");
    DocumentInfo info = pdfa.info;
    info.producer = producer_of(info);
    // PDF/A-1 is based on PDF 1.4 (ISO 19005-1 5.1); libharu writes 1.3 by default.
    if (doc->pdf_version < HPDF_VER_14) doc->pdf_version = HPDF_VER_14;
    set_info(doc, info);
    add_metadata(doc, xmp_packet(info, info.producer, true));
    add_output_intent(doc, pdfa.icc_profile);
    set_document_id(doc, pdfa.id_seed);
}

} // namespace brief::pdf
