import Image from "next/image";

/** A product's drawn picture (SVG in public/products), or a calm placeholder. */
export function ProductImage({ src, alt, priority = false, className = "" }: { src: string | null; alt: string; priority?: boolean; className?: string }) {
  if (!src) {
    return <div aria-hidden="true" className={`aspect-square w-full rounded-lg bg-stone-100 ${className}`} />;
  }
  return (
    <Image
      src={src}
      alt={alt}
      width={480}
      height={480}
      priority={priority}
      unoptimized
      className={`aspect-square w-full rounded-lg bg-stone-100 object-cover ${className}`}
    />
  );
}
