// Image XObjects: samples flattened or converted for PDF/A, deflated, and written as libharu image dictionaries.
#include "write/pdf/hpdf/images.hpp"

#include "core/error.hpp"
#include "core/deflate.hpp"
#include "write/pdf/hpdf/errors.hpp"
#include "write/pdf/hpdf/streams.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <algorithm>
#include <cstddef>

namespace brief::pdf {

namespace {

// The device colour space of samples with `components` per pixel (ISO 32000-1 8.6.4).
const char* device_space(int components, const Picture& p) {
    switch (components) {
    case 1: return "DeviceGray";
    case 3: return "DeviceRGB";
    case 4: return "DeviceCMYK";
    default: throw Error("picture " + p.file + ": " + std::to_string(components) + " colour components per pixel");
    }
}

// The sizes painting relies on: a wrong one would write a stream shorter or longer than the
// dictionary says (readers then paint garbage or refuse the page).
void check_samples(const Picture& p) {
    if (p.width <= 0 || p.height <= 0) throw Error("picture " + p.file + " has no pixels");
    const std::size_t pixels = static_cast<std::size_t>(p.width) * static_cast<std::size_t>(p.height);
    if (p.samples.size() != pixels * static_cast<std::size_t>(p.components))
        throw Error("picture " + p.file + ": its samples do not match its size");
    if (!p.alpha.empty() && p.alpha.size() != pixels)
        throw Error("picture " + p.file + ": its alpha plane does not match its size");
}

// A non-CMYK JPEG as it is: DCTDecode reads baseline and progressive JPEG alike (ISO 32000-1
// 7.4.8), and the colour transform of a 3-component file is the decoder's, from the file's
// Adobe marker or its JFIF default. libharu's own JPEG loader is not used: it reads the header
// again with a parser of its own, and the picture's reader has already checked and measured it.
ImageStreams jpeg_as_is(const Picture& p) {
    if (p.media_type != "image/jpeg" || (p.components != 1 && p.components != 3))
        throw Error("picture " + p.file + " has no decoded samples and is not a grey or colour JPEG");
    if (p.width <= 0 || p.height <= 0 || p.bytes.empty()) throw Error("picture " + p.file + " has no pixels");
    ImageStreams out;
    out.width = p.width;
    out.height = p.height;
    out.color_space = device_space(p.components, p);
    out.dct = true;
    out.data = p.bytes;
    return out;
}

// A new image XObject without data: /Type /XObject /Subtype /Image, 8 bits per component (ISO
// 32000-1 8.9.5.1, table 89), no /Interpolate (ISO 19005-1 6.2.4 forbids it being true; left out
// it is false). Marked as libharu marks its own images, so HPDF_Image_AddSMask accepts it.
HPDF_Dict new_image(HPDF_Doc doc, int width, int height, const char* space) {
    HPDF_Dict image = HPDF_DictStream_New(doc->mmgr, doc->xref);
    if (image == nullptr) throw haru_error(doc, "adding an image");
    image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;
    check(doc, HPDF_Dict_AddName(image, "Type", "XObject"), "adding an image");
    check(doc, HPDF_Dict_AddName(image, "Subtype", "Image"), "adding an image");
    check(doc, HPDF_Dict_AddNumber(image, "Width", width), "adding an image");
    check(doc, HPDF_Dict_AddNumber(image, "Height", height), "adding an image");
    check(doc, HPDF_Dict_AddName(image, "ColorSpace", space), "adding an image");
    check(doc, HPDF_Dict_AddNumber(image, "BitsPerComponent", 8), "adding an image");
    return image;
}

} // namespace

std::string cmyk_to_rgb(std::string_view cmyk) {
    std::string rgb(cmyk.size() / 4 * 3, '\0');
    for (std::size_t in = 0, out = 0; in + 3 < cmyk.size(); in += 4, out += 3) {
        const unsigned k = static_cast<unsigned char>(cmyk[in + 3]);
        for (std::size_t c = 0; c < 3; ++c)
            rgb[out + c] = static_cast<char>(255U - std::min(255U, static_cast<unsigned char>(cmyk[in + c]) + k));
    }
    return rgb;
}

std::string flatten_onto_white(std::string_view samples, std::string_view alpha, int components) {
    std::string out(samples);
    const auto n = static_cast<std::size_t>(components);
    for (std::size_t px = 0; px < alpha.size() && (px + 1) * n <= out.size(); ++px) {
        const unsigned a = static_cast<unsigned char>(alpha[px]);
        if (a == 255) continue;
        for (std::size_t c = px * n; c < (px + 1) * n; ++c) {
            const unsigned v = static_cast<unsigned char>(out[c]);
            out[c] = static_cast<char>((v * a + 255U * (255U - a) + 127U) / 255U); // + 127: to nearest
        }
    }
    return out;
}

ImageStreams image_streams(const Picture& p, bool pdfa) {
    if (p.samples.empty()) return jpeg_as_is(p);
    check_samples(p);
    ImageStreams out;
    out.width = p.width;
    out.height = p.height;
    int components = p.components;
    std::string changed; // the samples when PDF/A changes them
    std::string_view samples = p.samples;
    if (pdfa && components == 4) {
        // ISO 19005-1 6.2.3.3: DeviceCMYK only under a CMYK output intent; brief's is sRGB (pdfa.cpp).
        // A naive conversion (no ICC profile): the picture had no colour management as DeviceCMYK either.
        changed = cmyk_to_rgb(samples);
        samples = changed;
        components = 3;
    }
    if (pdfa && !p.alpha.empty()) {
        // ISO 19005-1 6.4: no /SMask in an image dictionary; the picture is shown as it would be
        // on white paper.
        changed = flatten_onto_white(samples, p.alpha, components);
        samples = changed;
    }
    out.color_space = device_space(components, p);
    out.data = deflate(samples);
    // ISO 32000-1 11.6.5.3: a soft-mask image is DeviceGray, with the picture's size here (it may
    // differ; it need not), and its samples are the alpha (shape and opacity) of each pixel.
    if (!pdfa && !p.alpha.empty()) out.smask = deflate(p.alpha);
    return out;
}

HPDF_Image add_image(HPDF_Doc doc, const ImageStreams& image) {
    HPDF_Dict dict = new_image(doc, image.width, image.height, image.color_space);
    if (image.dct) {
        check(doc,
              HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(image.data.data()),
                                static_cast<HPDF_UINT>(image.data.size())),
              "adding a JPEG image");
        dict->filter = HPDF_STREAM_FILTER_DCT_DECODE; // written as it is, named /DCTDecode (hpdf_dict.c)
    } else {
        check(doc, set_flate_data(dict, image.data), "adding an image");
    }
    if (!image.smask.empty()) {
        HPDF_Dict mask = new_image(doc, image.width, image.height, "DeviceGray");
        check(doc, set_flate_data(mask, image.smask), "adding an image's soft mask");
        check(doc, HPDF_Image_AddSMask(dict, mask), "adding an image's soft mask");
        // Soft masks are PDF 1.4 (ISO 32000-1 11.6.5.3); libharu writes 1.3 unless told.
        doc->pdf_version = std::max(doc->pdf_version, HPDF_VER_14);
    }
    return dict;
}

} // namespace brief::pdf
