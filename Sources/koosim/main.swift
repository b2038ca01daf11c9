print("koosim")
