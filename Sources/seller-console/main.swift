print("seller-console")
