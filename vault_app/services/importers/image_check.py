"""Is an imported PNG or JPEG well-formed? The magic bytes alone let a 14-byte "PNG" (a
download cut short) in as a document that never opens. Checked here without an imaging
library (the core does not load Qt): a PNG's chunks, each with its CRC, from IHDR to IEND, with
image data that inflates; a JPEG's segments up to its scan, and its end marker."""

from __future__ import annotations

import struct
import zlib

_PNG = b"\x89PNG\r\n\x1a\n"


def png_well_formed(data: bytes) -> bool:
    if not data.startswith(_PNG):
        return False
    at, first, idat, ended = len(_PNG), True, zlib.decompressobj(), False
    saw_data = False
    while at + 12 <= len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        tag = data[at + 4:at + 8]
        body = data[at + 8:at + 8 + length]
        if len(body) != length or at + 12 + length > len(data):
            return False
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        if zlib.crc32(tag + body) & 0xFFFFFFFF != crc or (first and (tag != b"IHDR" or length != 13)):
            return False
        first = False
        if tag == b"IDAT":
            saw_data = True
            try:
                # Inflated a piece at a time and thrown away: a well-formed stream, at any size.
                idat.decompress(body, 1 << 20)
                while idat.unconsumed_tail:
                    idat.decompress(idat.unconsumed_tail, 1 << 20)
            except zlib.error:
                return False
        at += 12 + length
        if tag == b"IEND":
            ended = True
            break
    return ended and saw_data and idat.eof


def jpeg_well_formed(data: bytes) -> bool:
    if not data.startswith(b"\xff\xd8"):
        return False
    at, frame = 2, False
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return False
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        (length,) = struct.unpack(">H", data[at + 2:at + 4])
        if length < 2 or at + 2 + length > len(data):
            return False
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            frame = True
        if marker == 0xDA:  # start of scan: the image data runs to the end marker
            return frame and data.rstrip(b"\x00\r\n ").endswith(b"\xff\xd9")
        at += 2 + length
    return False


def image_well_formed(media_type: str, data: bytes) -> bool:
    """True for a well-formed PNG or JPEG, and for any other type (not an image: not checked here)."""
    if media_type == "image/png":
        return png_well_formed(data)
    if media_type == "image/jpeg":
        return jpeg_well_formed(data)
    return True


__all__ = ["image_well_formed", "jpeg_well_formed", "png_well_formed"]
